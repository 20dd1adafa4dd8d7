import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-EG76WKOM.js";
import "./chunk-UVXFV62D.js";
export default require_dist();
