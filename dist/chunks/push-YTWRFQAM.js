import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  applyMode,
  reportSettled
} from "./chunk-6OUPWD7E.js";
import "./chunk-QJALGHRY.js";
import "./chunk-STZTMQ6T.js";
import "./chunk-GT7LWBV2.js";
import "./chunk-2KFFAXNS.js";
import "./chunk-KYX6XIUE.js";
import "./chunk-ZA6GFXEH.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  applyMode,
  reportSettled
};
