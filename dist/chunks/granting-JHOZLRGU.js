import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger,
  settlementOf
} from "./chunk-6VTHMX4G.js";
import "./chunk-7J33KSKJ.js";
import "./chunk-LNCK2HKZ.js";
import "./chunk-4K5Z72Y7.js";
import "./chunk-V2A6MIHJ.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger,
  settlementOf
};
