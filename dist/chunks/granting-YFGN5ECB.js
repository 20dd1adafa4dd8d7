import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger
} from "./chunk-6GJQFR3Q.js";
import "./chunk-LTKJ3TKB.js";
import "./chunk-OKDEPWAF.js";
import "./chunk-V2A6MIHJ.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger
};
