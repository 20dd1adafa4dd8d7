import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger,
  settlementOf
} from "./chunk-MCSYROLV.js";
import "./chunk-P6DY46FJ.js";
import "./chunk-4CCSWQWH.js";
import "./chunk-EVY6CZXL.js";
import "./chunk-KYX6XIUE.js";
import "./chunk-H4SH5AZD.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger,
  settlementOf
};
