import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  applyMode,
  reportSettled
} from "./chunk-DON3EZA7.js";
import "./chunk-6G2SZOPS.js";
import "./chunk-STZTMQ6T.js";
import "./chunk-MNCN2MT3.js";
import "./chunk-67MG6UDI.js";
import "./chunk-4K5Z72Y7.js";
import "./chunk-ZA6GFXEH.js";
import "./chunk-2KJGE2YJ.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  applyMode,
  reportSettled
};
