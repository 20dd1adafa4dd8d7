import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  authorizationDetails,
  createAwsIamProvider,
  iam_default,
  sharedListing
} from "./chunk-BAZM6LXO.js";
import "./chunk-6YPHJCAI.js";
import "./chunk-JVCRAJO3.js";
import "./chunk-4XLXXECO.js";
import "./chunk-XNTRT226.js";
import "./chunk-EI2MP62G.js";
import "./chunk-6DV6XXR4.js";
import "./chunk-C5FLQHCI.js";
import "./chunk-2I45JTVB.js";
export {
  authorizationDetails,
  createAwsIamProvider,
  iam_default as default,
  sharedListing
};
