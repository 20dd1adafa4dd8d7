import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  DEFAULT_API_URL,
  createGitHubClient
} from "./chunk-XFKVU7WR.js";
import "./chunk-UVXFV62D.js";
export {
  DEFAULT_API_URL,
  createGitHubClient
};
