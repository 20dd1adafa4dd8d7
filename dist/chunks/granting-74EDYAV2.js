import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger,
  settlementOf
} from "./chunk-2RSB7YSI.js";
import "./chunk-GMHIUSS6.js";
import "./chunk-QJALGHRY.js";
import "./chunk-2KFFAXNS.js";
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
