import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  applyMode,
  reportSettled
} from "./chunk-FDYRZ6IL.js";
import "./chunk-FZAFESRL.js";
import "./chunk-STZTMQ6T.js";
import "./chunk-WGASRN7S.js";
import "./chunk-X7NX632O.js";
import "./chunk-4K5Z72Y7.js";
import "./chunk-ZA6GFXEH.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  applyMode,
  reportSettled
};
