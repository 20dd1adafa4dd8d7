import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  authorizationDetails,
  createAwsIamProvider,
  iam_default,
  sharedListing
} from "./chunk-4IHXB7D6.js";
import "./chunk-JDBZ7OAI.js";
import "./chunk-WM3GBANQ.js";
import "./chunk-22OHUKVZ.js";
import "./chunk-H4SH5AZD.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-C2QBXEJD.js";
import "./chunk-UVXFV62D.js";
export {
  authorizationDetails,
  createAwsIamProvider,
  iam_default as default,
  sharedListing
};
