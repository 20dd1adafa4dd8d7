import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger,
  settlementOf
} from "./chunk-F2CT62NI.js";
import "./chunk-6G2SZOPS.js";
import "./chunk-67MG6UDI.js";
import "./chunk-4K5Z72Y7.js";
import "./chunk-WVXOZMMY.js";
import "./chunk-2KJGE2YJ.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger,
  settlementOf
};
