import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  applyMode,
  reportSettled
} from "./chunk-AHZMYRN2.js";
import "./chunk-HKH4LUNY.js";
import "./chunk-LQUFDZGF.js";
import "./chunk-MOWKEHPX.js";
import "./chunk-7APOGDFR.js";
import "./chunk-35Q76FXJ.js";
import "./chunk-XO5CDKIS.js";
import "./chunk-EI2MP62G.js";
import "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";
export {
  applyMode,
  reportSettled
};
