import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger
} from "./chunk-PQC4YKE2.js";
import "./chunk-UFN5GBG2.js";
import "./chunk-LMIEZNKJ.js";
import "./chunk-Y4ZPITG4.js";
import "./chunk-V2A6MIHJ.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger
};
