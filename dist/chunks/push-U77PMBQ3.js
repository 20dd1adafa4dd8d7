import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  applyMode,
  reportSettled
} from "./chunk-NHWZHDGA.js";
import "./chunk-7J33KSKJ.js";
import "./chunk-STZTMQ6T.js";
import "./chunk-J6KJC6PW.js";
import "./chunk-LNCK2HKZ.js";
import "./chunk-4K5Z72Y7.js";
import "./chunk-ZA6GFXEH.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  applyMode,
  reportSettled
};
