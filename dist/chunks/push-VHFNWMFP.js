import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  applyMode,
  reportSettled
} from "./chunk-MTLC3JY5.js";
import "./chunk-4CCSWQWH.js";
import "./chunk-STZTMQ6T.js";
import "./chunk-64VUN3LZ.js";
import "./chunk-EVY6CZXL.js";
import "./chunk-KYX6XIUE.js";
import "./chunk-ZA6GFXEH.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  applyMode,
  reportSettled
};
