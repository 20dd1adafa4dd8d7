import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger
} from "./chunk-XKWB4BVI.js";
import "./chunk-OQKSDXXM.js";
import "./chunk-R7O5FR56.js";
import "./chunk-Y4ZPITG4.js";
import "./chunk-V2A6MIHJ.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger
};
