import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ledgerGranting,
  openLedger
} from "./chunk-6IR7BTFZ.js";
import "./chunk-HL45EMVG.js";
import "./chunk-OKDEPWAF.js";
import "./chunk-V2A6MIHJ.js";
import "./chunk-GPPQHAHS.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  ledgerGranting,
  openLedger
};
