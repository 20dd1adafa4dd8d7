import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  authorizationDetails,
  createAwsIamProvider,
  iam_default,
  sharedListing
} from "./chunk-O2XIXGB4.js";
import "./chunk-JDBZ7OAI.js";
import "./chunk-WM3GBANQ.js";
import "./chunk-JXVHB23K.js";
import "./chunk-V2A6MIHJ.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-C2QBXEJD.js";
import "./chunk-UVXFV62D.js";
export {
  authorizationDetails,
  createAwsIamProvider,
  iam_default as default,
  sharedListing
};
