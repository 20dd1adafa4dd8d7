import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger,
  settlementOf
} from "./chunk-XAPSKY46.js";
import "./chunk-FZAFESRL.js";
import "./chunk-X7NX632O.js";
import "./chunk-4K5Z72Y7.js";
import "./chunk-H4SH5AZD.js";
import "./chunk-GLCYCLMN.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger,
  settlementOf
};
