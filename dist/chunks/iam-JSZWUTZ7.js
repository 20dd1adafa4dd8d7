import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  authorizationDetails,
  createAwsIamProvider,
  iam_default,
  sharedListing
} from "./chunk-Z6NVQBPQ.js";
import "./chunk-W5V6IBJC.js";
import "./chunk-WM3GBANQ.js";
import "./chunk-22OHUKVZ.js";
import "./chunk-H4SH5AZD.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-VJZDXYHR.js";
import "./chunk-UVXFV62D.js";
export {
  authorizationDetails,
  createAwsIamProvider,
  iam_default as default,
  sharedListing
};
