import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  DatabaseError,
  closeEmbeddedDatabases,
  databaseError,
  openDatabase
} from "./chunk-LJIVOHMJ.js";
import "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";
export {
  DatabaseError,
  closeEmbeddedDatabases,
  databaseError,
  openDatabase
};
