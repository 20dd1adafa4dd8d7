import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  DatabaseError,
  closeEmbeddedDatabases,
  databaseError,
  openDatabase
} from "./chunk-5DKCBUAD.js";
import "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";
export {
  DatabaseError,
  closeEmbeddedDatabases,
  databaseError,
  openDatabase
};
