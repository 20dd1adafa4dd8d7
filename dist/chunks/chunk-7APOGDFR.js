import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  ACTIVE_DIR,
  ConfigError,
  GOVERNANCE_SUBJECT,
  LedgerError,
  LedgerUnverified,
  MAX_CLOCK_SKEW_MS,
  MAX_DURATION_MS,
  activePath,
  canonicalJson,
  clockProblem,
  fileHash,
  foldEvent,
  formatDuration,
  isActivePath,
  isPastExpiry,
  parseDuration,
  parsePublicKey,
  planCommit,
  readChain,
  replay,
  sealedTip,
  signatureProblem
} from "./chunk-35Q76FXJ.js";
import {
  GRANT_ID_PATTERN,
  grantId,
  startEnforcement
} from "./chunk-EI2MP62G.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-2I45JTVB.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/core/async.ts
function backoffDelay(attempt, backoff, random) {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}
async function retry(fn, options) {
  let attempt = 0;
  for (; ; ) {
    attempt += 1;
    try {
      return { ok: true, value: await fn(attempt), attempts: attempt };
    } catch (error) {
      const again = attempt < options.attempts && (options.retryable?.(error) ?? true);
      if (!again) return { ok: false, error, attempts: attempt };
      await options.sleep(backoffDelay(attempt, options.backoff, options.random));
    }
  }
}
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/commands/held-grants.ts
var MAX_ENTRY_BYTES = 1e6;
function heldGrantsIn(files) {
  const cache = /* @__PURE__ */ new Map();
  const readEntry = async (id) => {
    if (!GRANT_ID_PATTERN.test(id)) return void 0;
    const read = await files.read(activePath(id), MAX_ENTRY_BYTES);
    if (read.kind === "missing") return void 0;
    if (read.kind !== "file")
      throw new LedgerError(`${activePath(id)} in the ledger is not a readable file`, "ledger-corrupt");
    let entry;
    try {
      entry = JSON.parse(new TextDecoder().decode(read.bytes));
    } catch {
      throw new LedgerError(
        `${activePath(id)} in the ledger is not JSON; run gitjit audit verify`,
        "ledger-corrupt"
      );
    }
    if (typeof entry !== "object" || entry === null || entry.id !== id)
      throw new LedgerError(`${activePath(id)} in the ledger is not the entry of ${id}`, "ledger-corrupt");
    return entry;
  };
  return (id) => {
    let known = cache.get(id);
    if (!known) {
      known = readEntry(id);
      cache.set(id, known);
    }
    return known;
  };
}
async function listHeldGrants(files, options) {
  const ids = (await files.list(ACTIVE_DIR)).flatMap((path) => {
    const id = path.slice(ACTIVE_DIR.length + 1, -".json".length);
    return isActivePath(path) && GRANT_ID_PATTERN.test(id) ? [id] : [];
  });
  const chosen = ids.slice(0, Math.max(0, options.max));
  const read = heldGrantsIn(files);
  const entries = await pool(chosen, options.concurrency ?? 8, (id) => read(id));
  return {
    entries: entries.filter((e) => e !== void 0),
    unread: ids.length - chosen.length
  };
}
function heldGrantsOf(store) {
  return async (id) => (await store.read()).entries.get(id);
}

// src/generated/validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validateRequest = validate20;
var func1 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern4 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "u");
var pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern7 = new RegExp("^gj-[0-9a-f]{20}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.profile === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requester === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, message: "must have required property 'requester'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.justification === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "profile" || key0 === "requester" || key0 === "duration" || key0 === "justification" || key0 === "ticket" || key0 === "start" || key0 === "extends")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data0 = data.profile;
      if (typeof data0 === "string") {
        if (func1(data0) > 64) {
          const err4 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err5 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err6 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.requester !== void 0) {
      let data1 = data.requester;
      if (typeof data1 === "string") {
        if (func1(data1) > 39) {
          const err8 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err9 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err10 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.duration !== void 0) {
      let data2 = data.duration;
      if (typeof data2 === "string") {
        if (func1(data2) > 32) {
          const err12 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err13 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.justification !== void 0) {
      let data3 = data.justification;
      if (typeof data3 === "string") {
        if (func1(data3) > 2e3) {
          const err15 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err16 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data4 = data.ticket;
      if (typeof data4 === "string") {
        if (func1(data4) > 128) {
          const err18 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err19 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data5 = data.start;
      if (typeof data5 === "string") {
        if (func1(data5) > 40) {
          const err21 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err22 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data6 = data.extends;
      if (typeof data6 === "string") {
        if (func1(data6) > 23) {
          const err24 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxLength", keyword: "maxLength", params: { limit: 23 }, message: "must NOT have more than 23 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern7.test(data6)) {
          const err25 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/pattern", keyword: "pattern", params: { pattern: "^gj-[0-9a-f]{20}$" }, message: 'must match pattern "^gj-[0-9a-f]{20}$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validatePolicyFile = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/policy.schema.json", "title": "gitjit policy", "description": "One file of the policy in policies/. Files are merged; a name may be defined only once.", "additionalProperties": false, "type": "object", "properties": { "version": { "description": "Policy format version.", "const": 1, "type": "number" }, "admins": { "description": "Who approves changes to policies/, schemas/, CODEOWNERS and .github/.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members approve governance changes.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct admins needed for a governance change.", "minimum": 1, "maximum": 10, "type": "integer" } } }, "ledger": { "description": "The ledger's writer: who may sign the audit log.", "additionalProperties": false, "type": "object", "required": ["keys"], "properties": { "keys": { "description": "The keys the ledger's commits are signed with, current and retired: apply and sweep sign with the current one, and audit verify checks every signature against these.", "minItems": 1, "maxItems": 50, "type": "array", "items": { "description": "A key that may sign the ledger, and the period it may sign in.", "additionalProperties": false, "type": "object", "required": ["id", "publicKey", "from"], "properties": { "id": { "description": "The key's name, carried by every signature it makes. Never rename or remove a key that signed: its records would no longer verify.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" }, "publicKey": { "description": "The Ed25519 public key: PEM (-----BEGIN PUBLIC KEY-----), or the base64 of its DER (SPKI) form. Its private half is a secret of the jit environment (GITJIT_LEDGER_SIGNING_KEY).", "minLength": 40, "maxLength": 1e3, "type": "string" }, "from": { "description": "From when it may sign (inclusive), RFC 3339. The earliest key's `from` is when signing began: every record dated after it must be signed.", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "maxLength": 40, "type": "string" }, "until": { "description": "Until when it may sign (exclusive), RFC 3339; set it when rotating to a new key, or to the moment a key leaked.", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "maxLength": 40, "type": "string" } } } } } }, "identities": { "description": "GitHub login \u2192 that person's principals. The principal is never taken from a request.", "additionalProperties": false, "maxProperties": 1e5, "type": "object", "patternProperties": { "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$": { "description": "The principals of one person, per platform.", "additionalProperties": false, "type": "object", "properties": { "aws": { "description": "IAM user or role ARN.", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$", "maxLength": 600, "type": "string" }, "awsIdentityCenter": { "description": "IAM Identity Center user id.", "pattern": "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$", "maxLength": 47, "type": "string" }, "gcp": { "description": "IAM member, e.g. user:alice@example.com or serviceAccount:x@p.iam.gserviceaccount.com.", "pattern": "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "maxLength": 330, "type": "string" }, "azure": { "description": "Microsoft Entra object id (GUID).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" }, "postgres": { "description": "PostgreSQL login role.", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" } } } } }, "groups": { "description": "Named groups of people.", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "A named set of people: logins and/or GitHub teams.", "additionalProperties": false, "type": "object", "properties": { "description": { "description": "What the group is.", "minLength": 1, "maxLength": 500, "type": "string" }, "members": { "description": "GitHub logins in the group.", "minItems": 1, "maxItems": 1e4, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub login.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$", "maxLength": 45, "type": "string" } }, "teams": { "description": "GitHub teams whose members are in the group.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub team, @org/team-slug.", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 141, "type": "string" } } } } } }, "profiles": { "description": "Eligibility profiles, by name (the request folder's name).", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "An eligibility profile: who may ask, for what, for how long, approved by whom.", "additionalProperties": false, "type": "object", "required": ["eligible", "grant", "duration", "approval"], "properties": { "description": { "description": "What the profile is for, shown to requesters and approvers.", "minLength": 1, "maxLength": 500, "type": "string" }, "eligible": { "description": "Groups whose members may request this profile.", "minItems": 1, "maxItems": 50, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "grant": { "description": "What is granted, where. `provider` picks the shape.", "type": "object", "discriminator": { "propertyName": "provider" }, "properties": { "provider": { "description": "The platform and mechanism of the grant.", "enum": ["aws-iam", "aws-iam-managed", "aws-identity-center", "gcp-iam", "azure-pim", "azure-role-assignment", "github-team", "postgres"] } }, "required": ["provider"], "oneOf": [{ "description": "AWS IAM inline policy grant.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "statements"], "properties": { "provider": { "description": "Provider: an inline IAM policy on the user or role, expiring by aws:CurrentTime.", "const": "aws-iam", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "statements": { "description": "Allow statements granted for the duration.", "minItems": 1, "maxItems": 20, "type": "array", "items": { "description": "An Allow statement; gitjit adds the time condition.", "additionalProperties": false, "type": "object", "required": ["actions", "resources"], "properties": { "actions": { "description": "IAM actions allowed.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "An IAM action such as s3:GetObject (wildcards allowed).", "pattern": "^[a-z0-9-]+:[A-Za-z0-9*?]+$", "maxLength": 128, "type": "string" } }, "resources": { "description": "Resource ARNs the actions apply to.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A resource ARN or *.", "pattern": "^(\\*|arn:.+)$", "maxLength": 2048, "type": "string" } } } } } } }, { "description": "AWS IAM managed policy attachment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "policyArn"], "properties": { "provider": { "description": "Provider: attach a managed policy; the sweep removes it.", "const": "aws-iam-managed", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "policyArn": { "description": "The managed policy's ARN.", "pattern": "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", "maxLength": 2048, "type": "string" } } }, { "description": "AWS IAM Identity Center account assignment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "instanceArn", "permissionSetArn"], "properties": { "provider": { "description": "Provider: an IAM Identity Center account assignment; the sweep removes it.", "const": "aws-identity-center", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "instanceArn": { "description": "The Identity Center instance ARN.", "pattern": "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "maxLength": 1224, "type": "string" }, "permissionSetArn": { "description": "The permission set ARN.", "pattern": "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$", "maxLength": 1224, "type": "string" } } }, { "description": "GCP IAM conditional role binding.", "additionalProperties": false, "type": "object", "required": ["provider", "resource", "role"], "properties": { "provider": { "description": "Provider: a conditional IAM binding that expires by request.time.", "const": "gcp-iam", "type": "string" }, "resource": { "description": "projects/<id>, folders/<number> or organizations/<number>.", "pattern": "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$", "maxLength": 64, "type": "string" }, "role": { "description": "A predefined role (roles/...) or a custom role. Basic roles are refused.", "pattern": "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$", "maxLength": 200, "type": "string" } } }, { "description": "Azure RBAC through Privileged Identity Management.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a PIM role assignment schedule request with an expiration.", "const": "azure-pim", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "Azure RBAC role assignment, for tenants without PIM.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a plain role assignment; the sweep removes it.", "const": "azure-role-assignment", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "GitHub team membership.", "additionalProperties": false, "type": "object", "required": ["provider", "org", "team"], "properties": { "provider": { "description": "Provider: temporary membership of a GitHub team; the sweep removes it.", "const": "github-team", "type": "string" }, "org": { "description": "The GitHub organisation.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "team": { "description": "The team's slug.", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 100, "type": "string" }, "role": { "description": "Team role granted. Default: member.", "anyOf": [{ "const": "member", "type": "string" }, { "const": "maintainer", "type": "string" }] }, "exclusive": { "description": "Whether everyone in the team is there through gitjit. GitHub cannot tag a membership, so only then can reconcile remove members who hold no active grant. Default false.", "type": "boolean" } } }, { "description": "PostgreSQL role membership.", "additionalProperties": false, "type": "object", "required": ["provider", "connection", "role"], "properties": { "provider": { "description": "Provider: membership of a PostgreSQL role.", "const": "postgres", "type": "string" }, "connection": { "description": "The environment variable holding the server's connection URL (never the URL itself).", "pattern": "^[A-Z_][A-Z0-9_]{0,63}$", "maxLength": 64, "type": "string" }, "role": { "description": "The role granted (GRANT <role> TO <login>).", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" }, "mode": { "description": "membership (default): the requester's own login gets the role through a per-grant role; the sweep ends it. temporary-login: a per-grant login with a random password and VALID UNTIL, so PostgreSQL itself refuses new password logins after the expiry; the sweep ends open sessions and drops it.", "anyOf": [{ "const": "membership", "type": "string" }, { "const": "temporary-login", "type": "string" }] } } }] }, "duration": { "description": "Duration rules.", "additionalProperties": false, "type": "object", "required": ["default", "max"], "properties": { "default": { "description": "Used when a request names no duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "max": { "description": "The longest a request may ask for. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "cumulative": { "description": "When true, extensions count toward max: a grant, from its start to its extended expiry, may not last longer than max. Default false (each request is capped by max on its own).", "type": "boolean" } } }, "justification": { "description": "Justification rules.", "additionalProperties": false, "type": "object", "required": ["minLength"], "properties": { "minLength": { "description": "Fewest visible characters a justification may have (whitespace, zero-width and other invisible characters do not count). Default 10.", "minimum": 0, "maximum": 2e3, "type": "integer" } } }, "ticket": { "description": "Ticket rules.", "additionalProperties": false, "type": "object", "required": ["required"], "properties": { "required": { "description": "Whether a ticket reference is required.", "type": "boolean" }, "pattern": { "description": "A regular expression the ticket must match in full.", "maxLength": 200, "type": "string" } } }, "schedule": { "description": "Scheduled start rules.", "additionalProperties": false, "type": "object", "required": ["allowed"], "properties": { "allowed": { "description": "Whether a request may name a future start.", "type": "boolean" }, "horizon": { "description": "How far ahead a start may be. Default 7d. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } }, "approval": { "description": "Who must approve a request for this profile.", "additionalProperties": false, "type": "object", "required": ["steps"], "properties": { "steps": { "description": "Ordered steps; every step must be met, each by different people.", "minItems": 0, "maxItems": 5, "type": "array", "items": { "description": "One approval step: `count` distinct people from `groups`, none counted in another step.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members may approve this step.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct approvers needed for this step.", "minimum": 1, "maximum": 10, "type": "integer" } } } }, "selfApproval": { "description": "Whether the requester may count as an approver. Default false.", "type": "boolean" }, "autoApprove": { "description": "Auto-approval: matching requests need no approver.", "additionalProperties": false, "type": "object", "properties": { "upTo": { "description": "Requests no longer than this need no approval. Omit: any duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } } } } } } } } } };
var pattern14 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$", "u");
var pattern15 = new RegExp("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$", "u");
var pattern16 = new RegExp("^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "u");
var pattern17 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
var pattern18 = new RegExp("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "u");
var pattern21 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$", "u");
var pattern22 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern26 = new RegExp("^[0-9]{12}$", "u");
var pattern27 = new RegExp("^[a-z0-9-]+:[A-Za-z0-9*?]+$", "u");
var pattern28 = new RegExp("^(\\*|arn:.+)$", "u");
var pattern30 = new RegExp("^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", "u");
var pattern32 = new RegExp("^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "u");
var pattern33 = new RegExp("^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$", "u");
var pattern34 = new RegExp("^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$", "u");
var pattern35 = new RegExp("^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$", "u");
var pattern36 = new RegExp("^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "u");
var pattern41 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern42 = new RegExp("^[A-Z_][A-Z0-9_]{0,63}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "admins" || key0 === "ledger" || key0 === "identities" || key0 === "groups" || key0 === "profiles")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.admins !== void 0) {
      let data1 = data.admins;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.groups === void 0) {
          const err3 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.count === void 0) {
          const err4 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "groups" || key1 === "count")) {
            const err5 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.groups !== void 0) {
          let data2 = data1.groups;
          if (Array.isArray(data2)) {
            if (data2.length > 20) {
              const err6 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.length < 1) {
              const err7 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func1(data3) > 64) {
                  const err8 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (func1(data3) < 1) {
                  const err9 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (!pattern4.test(data3)) {
                  const err10 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            let i1 = data2.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data2[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err12 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.count !== void 0) {
          let data4 = data1.count;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/admins/count", schemaPath: "#/properties/admins/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 10 || isNaN(data4)) {
              const err15 = { instancePath: instancePath + "/admins/count", schemaPath: "#/properties/admins/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err16 = { instancePath: instancePath + "/admins/count", schemaPath: "#/properties/admins/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ledger !== void 0) {
      let data5 = data.ledger;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.keys === void 0) {
          const err18 = { instancePath: instancePath + "/ledger", schemaPath: "#/properties/ledger/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "keys")) {
            const err19 = { instancePath: instancePath + "/ledger", schemaPath: "#/properties/ledger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.keys !== void 0) {
          let data6 = data5.keys;
          if (Array.isArray(data6)) {
            if (data6.length > 50) {
              const err20 = { instancePath: instancePath + "/ledger/keys", schemaPath: "#/properties/ledger/properties/keys/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data6.length < 1) {
              const err21 = { instancePath: instancePath + "/ledger/keys", schemaPath: "#/properties/ledger/properties/keys/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data7 = data6[i2];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.id === void 0) {
                  const err22 = { instancePath: instancePath + "/ledger/keys/" + i2, schemaPath: "#/properties/ledger/properties/keys/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data7.publicKey === void 0) {
                  const err23 = { instancePath: instancePath + "/ledger/keys/" + i2, schemaPath: "#/properties/ledger/properties/keys/items/required", keyword: "required", params: { missingProperty: "publicKey" }, message: "must have required property 'publicKey'" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data7.from === void 0) {
                  const err24 = { instancePath: instancePath + "/ledger/keys/" + i2, schemaPath: "#/properties/ledger/properties/keys/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                for (const key3 in data7) {
                  if (!(key3 === "id" || key3 === "publicKey" || key3 === "from" || key3 === "until")) {
                    const err25 = { instancePath: instancePath + "/ledger/keys/" + i2, schemaPath: "#/properties/ledger/properties/keys/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data7.id !== void 0) {
                  let data8 = data7.id;
                  if (typeof data8 === "string") {
                    if (func1(data8) > 64) {
                      const err26 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/id", schemaPath: "#/properties/ledger/properties/keys/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (func1(data8) < 1) {
                      const err27 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/id", schemaPath: "#/properties/ledger/properties/keys/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data8)) {
                      const err28 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/id", schemaPath: "#/properties/ledger/properties/keys/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/id", schemaPath: "#/properties/ledger/properties/keys/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data7.publicKey !== void 0) {
                  let data9 = data7.publicKey;
                  if (typeof data9 === "string") {
                    if (func1(data9) > 1e3) {
                      const err30 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/publicKey", schemaPath: "#/properties/ledger/properties/keys/items/properties/publicKey/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (func1(data9) < 40) {
                      const err31 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/publicKey", schemaPath: "#/properties/ledger/properties/keys/items/properties/publicKey/minLength", keyword: "minLength", params: { limit: 40 }, message: "must NOT have fewer than 40 characters" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/publicKey", schemaPath: "#/properties/ledger/properties/keys/items/properties/publicKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data7.from !== void 0) {
                  let data10 = data7.from;
                  if (typeof data10 === "string") {
                    if (func1(data10) > 40) {
                      const err33 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/from", schemaPath: "#/properties/ledger/properties/keys/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data10)) {
                      const err34 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/from", schemaPath: "#/properties/ledger/properties/keys/items/properties/from/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"' };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/from", schemaPath: "#/properties/ledger/properties/keys/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data7.until !== void 0) {
                  let data11 = data7.until;
                  if (typeof data11 === "string") {
                    if (func1(data11) > 40) {
                      const err36 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/until", schemaPath: "#/properties/ledger/properties/keys/items/properties/until/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data11)) {
                      const err37 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/until", schemaPath: "#/properties/ledger/properties/keys/items/properties/until/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"' };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/ledger/keys/" + i2 + "/until", schemaPath: "#/properties/ledger/properties/keys/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/ledger/keys/" + i2, schemaPath: "#/properties/ledger/properties/keys/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/ledger/keys", schemaPath: "#/properties/ledger/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/ledger", schemaPath: "#/properties/ledger/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.identities !== void 0) {
      let data12 = data.identities;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (Object.keys(data12).length > 1e5) {
          const err42 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/maxProperties", keyword: "maxProperties", params: { limit: 1e5 }, message: "must NOT have more than 100000 properties" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key4 in data12) {
          if (!pattern5.test(key4)) {
            const err43 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        for (const key5 in data12) {
          if (pattern5.test(key5)) {
            let data13 = data12[key5];
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              for (const key6 in data13) {
                if (!(key6 === "aws" || key6 === "awsIdentityCenter" || key6 === "gcp" || key6 === "azure" || key6 === "postgres")) {
                  const err44 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
              if (data13.aws !== void 0) {
                let data14 = data13.aws;
                if (typeof data14 === "string") {
                  if (func1(data14) > 600) {
                    const err45 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aws", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/aws/maxLength", keyword: "maxLength", params: { limit: 600 }, message: "must NOT have more than 600 characters" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  if (!pattern14.test(data14)) {
                    const err46 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aws", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/aws/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$"' };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                } else {
                  const err47 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aws", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/aws/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
              if (data13.awsIdentityCenter !== void 0) {
                let data15 = data13.awsIdentityCenter;
                if (typeof data15 === "string") {
                  if (func1(data15) > 47) {
                    const err48 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsIdentityCenter", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/awsIdentityCenter/maxLength", keyword: "maxLength", params: { limit: 47 }, message: "must NOT have more than 47 characters" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (!pattern15.test(data15)) {
                    const err49 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsIdentityCenter", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/awsIdentityCenter/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$" }, message: 'must match pattern "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"' };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                } else {
                  const err50 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsIdentityCenter", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/awsIdentityCenter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              if (data13.gcp !== void 0) {
                let data16 = data13.gcp;
                if (typeof data16 === "string") {
                  if (func1(data16) > 330) {
                    const err51 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/gcp", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/gcp/maxLength", keyword: "maxLength", params: { limit: 330 }, message: "must NOT have more than 330 characters" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (!pattern16.test(data16)) {
                    const err52 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/gcp", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/gcp/pattern", keyword: "pattern", params: { pattern: "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$" }, message: 'must match pattern "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$"' };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                } else {
                  const err53 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/gcp", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/gcp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              if (data13.azure !== void 0) {
                let data17 = data13.azure;
                if (typeof data17 === "string") {
                  if (func1(data17) > 36) {
                    const err54 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/azure", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/azure/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  if (!pattern17.test(data17)) {
                    const err55 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/azure", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/azure/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                } else {
                  const err56 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/azure", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/azure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              if (data13.postgres !== void 0) {
                let data18 = data13.postgres;
                if (typeof data18 === "string") {
                  if (func1(data18) > 63) {
                    const err57 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/postgres", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/postgres/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (!pattern18.test(data18)) {
                    const err58 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/postgres", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/postgres/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"' };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                } else {
                  const err59 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/postgres", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/postgres/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            } else {
              const err60 = { instancePath: instancePath + "/identities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data19 = data.groups;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (Object.keys(data19).length > 1e4) {
          const err62 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        for (const key7 in data19) {
          if (!pattern4.test(key7)) {
            const err63 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        for (const key8 in data19) {
          if (pattern4.test(key8)) {
            let data20 = data19[key8];
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
              for (const key9 in data20) {
                if (!(key9 === "description" || key9 === "members" || key9 === "teams")) {
                  const err64 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
              if (data20.description !== void 0) {
                let data21 = data20.description;
                if (typeof data21 === "string") {
                  if (func1(data21) > 500) {
                    const err65 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  if (func1(data21) < 1) {
                    const err66 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                } else {
                  const err67 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
              if (data20.members !== void 0) {
                let data22 = data20.members;
                if (Array.isArray(data22)) {
                  if (data22.length > 1e4) {
                    const err68 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (data22.length < 1) {
                    const err69 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  const len2 = data22.length;
                  for (let i3 = 0; i3 < len2; i3++) {
                    let data23 = data22[i3];
                    if (typeof data23 === "string") {
                      if (func1(data23) > 45) {
                        const err70 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i3, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                      if (!pattern21.test(data23)) {
                        const err71 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i3, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$"' };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    } else {
                      const err72 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i3, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  }
                  let i4 = data22.length;
                  let j1;
                  if (i4 > 1) {
                    const indices1 = {};
                    for (; i4--; ) {
                      let item1 = data22[i4];
                      if (typeof item1 !== "string") {
                        continue;
                      }
                      if (typeof indices1[item1] == "number") {
                        j1 = indices1[item1];
                        const err73 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                        break;
                      }
                      indices1[item1] = i4;
                    }
                  }
                } else {
                  const err74 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              if (data20.teams !== void 0) {
                let data24 = data20.teams;
                if (Array.isArray(data24)) {
                  if (data24.length > 100) {
                    const err75 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                  if (data24.length < 1) {
                    const err76 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                  const len3 = data24.length;
                  for (let i5 = 0; i5 < len3; i5++) {
                    let data25 = data24[i5];
                    if (typeof data25 === "string") {
                      if (func1(data25) > 141) {
                        const err77 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i5, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 141 }, message: "must NOT have more than 141 characters" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                      if (!pattern22.test(data25)) {
                        const err78 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i5, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    } else {
                      const err79 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i5, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                  let i6 = data24.length;
                  let j2;
                  if (i6 > 1) {
                    const indices2 = {};
                    for (; i6--; ) {
                      let item2 = data24[i6];
                      if (typeof item2 !== "string") {
                        continue;
                      }
                      if (typeof indices2[item2] == "number") {
                        j2 = indices2[item2];
                        const err80 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                        break;
                      }
                      indices2[item2] = i6;
                    }
                  }
                } else {
                  const err81 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
            } else {
              const err82 = { instancePath: instancePath + "/groups/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.profiles !== void 0) {
      let data26 = data.profiles;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (Object.keys(data26).length > 1e4) {
          const err84 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties" };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        for (const key10 in data26) {
          if (!pattern4.test(key10)) {
            const err85 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        for (const key11 in data26) {
          if (pattern4.test(key11)) {
            let data27 = data26[key11];
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              if (data27.eligible === void 0) {
                const err86 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "eligible" }, message: "must have required property 'eligible'" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (data27.grant === void 0) {
                const err87 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "grant" }, message: "must have required property 'grant'" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (data27.duration === void 0) {
                const err88 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (data27.approval === void 0) {
                const err89 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "approval" }, message: "must have required property 'approval'" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              for (const key12 in data27) {
                if (!(key12 === "description" || key12 === "eligible" || key12 === "grant" || key12 === "duration" || key12 === "justification" || key12 === "ticket" || key12 === "schedule" || key12 === "approval")) {
                  const err90 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
              if (data27.description !== void 0) {
                let data28 = data27.description;
                if (typeof data28 === "string") {
                  if (func1(data28) > 500) {
                    const err91 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                  if (func1(data28) < 1) {
                    const err92 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                } else {
                  const err93 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              if (data27.eligible !== void 0) {
                let data29 = data27.eligible;
                if (Array.isArray(data29)) {
                  if (data29.length > 50) {
                    const err94 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (data29.length < 1) {
                    const err95 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                  const len4 = data29.length;
                  for (let i7 = 0; i7 < len4; i7++) {
                    let data30 = data29[i7];
                    if (typeof data30 === "string") {
                      if (func1(data30) > 64) {
                        const err96 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i7, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                      if (func1(data30) < 1) {
                        const err97 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i7, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                      if (!pattern4.test(data30)) {
                        const err98 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i7, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    } else {
                      const err99 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i7, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                  let i8 = data29.length;
                  let j3;
                  if (i8 > 1) {
                    const indices3 = {};
                    for (; i8--; ) {
                      let item3 = data29[i8];
                      if (typeof item3 !== "string") {
                        continue;
                      }
                      if (typeof indices3[item3] == "number") {
                        j3 = indices3[item3];
                        const err100 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                        break;
                      }
                      indices3[item3] = i8;
                    }
                  }
                } else {
                  const err101 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              }
              if (data27.grant !== void 0) {
                let data31 = data27.grant;
                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                  if (data31.provider === void 0) {
                    const err102 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                  if (data31.provider !== void 0) {
                    let data32 = data31.provider;
                    if (!(data32 === "aws-iam" || data32 === "aws-iam-managed" || data32 === "aws-identity-center" || data32 === "gcp-iam" || data32 === "azure-pim" || data32 === "azure-role-assignment" || data32 === "github-team" || data32 === "postgres")) {
                      const err103 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/properties/provider/enum", keyword: "enum", params: { allowedValues: schema32.properties.profiles.patternProperties["^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"].properties.grant.properties.provider.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  }
                  const tag0 = data31.provider;
                  if (typeof tag0 == "string") {
                    if (tag0 === "aws-iam") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err104 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                        if (data31.account === void 0) {
                          const err105 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                        if (data31.statements === void 0) {
                          const err106 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/required", keyword: "required", params: { missingProperty: "statements" }, message: "must have required property 'statements'" };
                          if (vErrors === null) {
                            vErrors = [err106];
                          } else {
                            vErrors.push(err106);
                          }
                          errors++;
                        }
                        for (const key13 in data31) {
                          if (!(key13 === "provider" || key13 === "account" || key13 === "statements")) {
                            const err107 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data33 = data31.provider;
                          if (typeof data33 !== "string") {
                            const err108 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err108];
                            } else {
                              vErrors.push(err108);
                            }
                            errors++;
                          }
                          if ("aws-iam" !== data33) {
                            const err109 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/provider/const", keyword: "const", params: { allowedValue: "aws-iam" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                        if (data31.account !== void 0) {
                          let data34 = data31.account;
                          if (typeof data34 === "string") {
                            if (func1(data34) > 12) {
                              const err110 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err110];
                              } else {
                                vErrors.push(err110);
                              }
                              errors++;
                            }
                            if (func1(data34) < 12) {
                              const err111 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/minLength", keyword: "minLength", params: { limit: 12 }, message: "must NOT have fewer than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err111];
                              } else {
                                vErrors.push(err111);
                              }
                              errors++;
                            }
                            if (!pattern26.test(data34)) {
                              const err112 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err112];
                              } else {
                                vErrors.push(err112);
                              }
                              errors++;
                            }
                          } else {
                            const err113 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err113];
                            } else {
                              vErrors.push(err113);
                            }
                            errors++;
                          }
                        }
                        if (data31.statements !== void 0) {
                          let data35 = data31.statements;
                          if (Array.isArray(data35)) {
                            if (data35.length > 20) {
                              const err114 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                              if (vErrors === null) {
                                vErrors = [err114];
                              } else {
                                vErrors.push(err114);
                              }
                              errors++;
                            }
                            if (data35.length < 1) {
                              const err115 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                              if (vErrors === null) {
                                vErrors = [err115];
                              } else {
                                vErrors.push(err115);
                              }
                              errors++;
                            }
                            const len5 = data35.length;
                            for (let i9 = 0; i9 < len5; i9++) {
                              let data36 = data35[i9];
                              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                if (data36.actions === void 0) {
                                  const err116 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
                                  if (vErrors === null) {
                                    vErrors = [err116];
                                  } else {
                                    vErrors.push(err116);
                                  }
                                  errors++;
                                }
                                if (data36.resources === void 0) {
                                  const err117 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
                                  if (vErrors === null) {
                                    vErrors = [err117];
                                  } else {
                                    vErrors.push(err117);
                                  }
                                  errors++;
                                }
                                for (const key14 in data36) {
                                  if (!(key14 === "actions" || key14 === "resources")) {
                                    const err118 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err118];
                                    } else {
                                      vErrors.push(err118);
                                    }
                                    errors++;
                                  }
                                }
                                if (data36.actions !== void 0) {
                                  let data37 = data36.actions;
                                  if (Array.isArray(data37)) {
                                    if (data37.length > 100) {
                                      const err119 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                                      if (vErrors === null) {
                                        vErrors = [err119];
                                      } else {
                                        vErrors.push(err119);
                                      }
                                      errors++;
                                    }
                                    if (data37.length < 1) {
                                      const err120 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      if (vErrors === null) {
                                        vErrors = [err120];
                                      } else {
                                        vErrors.push(err120);
                                      }
                                      errors++;
                                    }
                                    const len6 = data37.length;
                                    for (let i10 = 0; i10 < len6; i10++) {
                                      let data38 = data37[i10];
                                      if (typeof data38 === "string") {
                                        if (func1(data38) > 128) {
                                          const err121 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions/" + i10, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                          if (vErrors === null) {
                                            vErrors = [err121];
                                          } else {
                                            vErrors.push(err121);
                                          }
                                          errors++;
                                        }
                                        if (!pattern27.test(data38)) {
                                          const err122 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions/" + i10, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+:[A-Za-z0-9*?]+$" }, message: 'must match pattern "^[a-z0-9-]+:[A-Za-z0-9*?]+$"' };
                                          if (vErrors === null) {
                                            vErrors = [err122];
                                          } else {
                                            vErrors.push(err122);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err123 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions/" + i10, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err123];
                                        } else {
                                          vErrors.push(err123);
                                        }
                                        errors++;
                                      }
                                    }
                                    let i11 = data37.length;
                                    let j4;
                                    if (i11 > 1) {
                                      const indices4 = {};
                                      for (; i11--; ) {
                                        let item4 = data37[i11];
                                        if (typeof item4 !== "string") {
                                          continue;
                                        }
                                        if (typeof indices4[item4] == "number") {
                                          j4 = indices4[item4];
                                          const err124 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)" };
                                          if (vErrors === null) {
                                            vErrors = [err124];
                                          } else {
                                            vErrors.push(err124);
                                          }
                                          errors++;
                                          break;
                                        }
                                        indices4[item4] = i11;
                                      }
                                    }
                                  } else {
                                    const err125 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err125];
                                    } else {
                                      vErrors.push(err125);
                                    }
                                    errors++;
                                  }
                                }
                                if (data36.resources !== void 0) {
                                  let data39 = data36.resources;
                                  if (Array.isArray(data39)) {
                                    if (data39.length > 100) {
                                      const err126 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                                      if (vErrors === null) {
                                        vErrors = [err126];
                                      } else {
                                        vErrors.push(err126);
                                      }
                                      errors++;
                                    }
                                    if (data39.length < 1) {
                                      const err127 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      if (vErrors === null) {
                                        vErrors = [err127];
                                      } else {
                                        vErrors.push(err127);
                                      }
                                      errors++;
                                    }
                                    const len7 = data39.length;
                                    for (let i12 = 0; i12 < len7; i12++) {
                                      let data40 = data39[i12];
                                      if (typeof data40 === "string") {
                                        if (func1(data40) > 2048) {
                                          const err128 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources/" + i12, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                                          if (vErrors === null) {
                                            vErrors = [err128];
                                          } else {
                                            vErrors.push(err128);
                                          }
                                          errors++;
                                        }
                                        if (!pattern28.test(data40)) {
                                          const err129 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources/" + i12, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/items/pattern", keyword: "pattern", params: { pattern: "^(\\*|arn:.+)$" }, message: 'must match pattern "^(\\*|arn:.+)$"' };
                                          if (vErrors === null) {
                                            vErrors = [err129];
                                          } else {
                                            vErrors.push(err129);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err130 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources/" + i12, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err130];
                                        } else {
                                          vErrors.push(err130);
                                        }
                                        errors++;
                                      }
                                    }
                                    let i13 = data39.length;
                                    let j5;
                                    if (i13 > 1) {
                                      const indices5 = {};
                                      for (; i13--; ) {
                                        let item5 = data39[i13];
                                        if (typeof item5 !== "string") {
                                          continue;
                                        }
                                        if (typeof indices5[item5] == "number") {
                                          j5 = indices5[item5];
                                          const err131 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i13 + " are identical)" };
                                          if (vErrors === null) {
                                            vErrors = [err131];
                                          } else {
                                            vErrors.push(err131);
                                          }
                                          errors++;
                                          break;
                                        }
                                        indices5[item5] = i13;
                                      }
                                    }
                                  } else {
                                    const err132 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err132];
                                    } else {
                                      vErrors.push(err132);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err133 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err133];
                                } else {
                                  vErrors.push(err133);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err134 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err135 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                      var props0 = true;
                    } else if (tag0 === "aws-iam-managed") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err136 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                        if (data31.account === void 0) {
                          const err137 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                        }
                        if (data31.policyArn === void 0) {
                          const err138 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/required", keyword: "required", params: { missingProperty: "policyArn" }, message: "must have required property 'policyArn'" };
                          if (vErrors === null) {
                            vErrors = [err138];
                          } else {
                            vErrors.push(err138);
                          }
                          errors++;
                        }
                        for (const key15 in data31) {
                          if (!(key15 === "provider" || key15 === "account" || key15 === "policyArn")) {
                            const err139 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err139];
                            } else {
                              vErrors.push(err139);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data41 = data31.provider;
                          if (typeof data41 !== "string") {
                            const err140 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err140];
                            } else {
                              vErrors.push(err140);
                            }
                            errors++;
                          }
                          if ("aws-iam-managed" !== data41) {
                            const err141 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/provider/const", keyword: "const", params: { allowedValue: "aws-iam-managed" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        }
                        if (data31.account !== void 0) {
                          let data42 = data31.account;
                          if (typeof data42 === "string") {
                            if (func1(data42) > 12) {
                              const err142 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err142];
                              } else {
                                vErrors.push(err142);
                              }
                              errors++;
                            }
                            if (func1(data42) < 12) {
                              const err143 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/minLength", keyword: "minLength", params: { limit: 12 }, message: "must NOT have fewer than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err143];
                              } else {
                                vErrors.push(err143);
                              }
                              errors++;
                            }
                            if (!pattern26.test(data42)) {
                              const err144 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err144];
                              } else {
                                vErrors.push(err144);
                              }
                              errors++;
                            }
                          } else {
                            const err145 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err145];
                            } else {
                              vErrors.push(err145);
                            }
                            errors++;
                          }
                        }
                        if (data31.policyArn !== void 0) {
                          let data43 = data31.policyArn;
                          if (typeof data43 === "string") {
                            if (func1(data43) > 2048) {
                              const err146 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/policyArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/policyArn/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                              if (vErrors === null) {
                                vErrors = [err146];
                              } else {
                                vErrors.push(err146);
                              }
                              errors++;
                            }
                            if (!pattern30.test(data43)) {
                              const err147 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/policyArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/policyArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$"' };
                              if (vErrors === null) {
                                vErrors = [err147];
                              } else {
                                vErrors.push(err147);
                              }
                              errors++;
                            }
                          } else {
                            const err148 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/policyArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/policyArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err148];
                            } else {
                              vErrors.push(err148);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err149 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "aws-identity-center") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err150 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err150];
                          } else {
                            vErrors.push(err150);
                          }
                          errors++;
                        }
                        if (data31.account === void 0) {
                          const err151 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
                          if (vErrors === null) {
                            vErrors = [err151];
                          } else {
                            vErrors.push(err151);
                          }
                          errors++;
                        }
                        if (data31.instanceArn === void 0) {
                          const err152 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "instanceArn" }, message: "must have required property 'instanceArn'" };
                          if (vErrors === null) {
                            vErrors = [err152];
                          } else {
                            vErrors.push(err152);
                          }
                          errors++;
                        }
                        if (data31.permissionSetArn === void 0) {
                          const err153 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "permissionSetArn" }, message: "must have required property 'permissionSetArn'" };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                        for (const key16 in data31) {
                          if (!(key16 === "provider" || key16 === "account" || key16 === "instanceArn" || key16 === "permissionSetArn")) {
                            const err154 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err154];
                            } else {
                              vErrors.push(err154);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data44 = data31.provider;
                          if (typeof data44 !== "string") {
                            const err155 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                          if ("aws-identity-center" !== data44) {
                            const err156 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/provider/const", keyword: "const", params: { allowedValue: "aws-identity-center" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err156];
                            } else {
                              vErrors.push(err156);
                            }
                            errors++;
                          }
                        }
                        if (data31.account !== void 0) {
                          let data45 = data31.account;
                          if (typeof data45 === "string") {
                            if (func1(data45) > 12) {
                              const err157 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err157];
                              } else {
                                vErrors.push(err157);
                              }
                              errors++;
                            }
                            if (func1(data45) < 12) {
                              const err158 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/minLength", keyword: "minLength", params: { limit: 12 }, message: "must NOT have fewer than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err158];
                              } else {
                                vErrors.push(err158);
                              }
                              errors++;
                            }
                            if (!pattern26.test(data45)) {
                              const err159 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err159];
                              } else {
                                vErrors.push(err159);
                              }
                              errors++;
                            }
                          } else {
                            const err160 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err160];
                            } else {
                              vErrors.push(err160);
                            }
                            errors++;
                          }
                        }
                        if (data31.instanceArn !== void 0) {
                          let data46 = data31.instanceArn;
                          if (typeof data46 === "string") {
                            if (func1(data46) > 1224) {
                              const err161 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/instanceArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/instanceArn/maxLength", keyword: "maxLength", params: { limit: 1224 }, message: "must NOT have more than 1224 characters" };
                              if (vErrors === null) {
                                vErrors = [err161];
                              } else {
                                vErrors.push(err161);
                              }
                              errors++;
                            }
                            if (!pattern32.test(data46)) {
                              const err162 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/instanceArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/instanceArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$" }, message: 'must match pattern "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"' };
                              if (vErrors === null) {
                                vErrors = [err162];
                              } else {
                                vErrors.push(err162);
                              }
                              errors++;
                            }
                          } else {
                            const err163 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/instanceArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/instanceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err163];
                            } else {
                              vErrors.push(err163);
                            }
                            errors++;
                          }
                        }
                        if (data31.permissionSetArn !== void 0) {
                          let data47 = data31.permissionSetArn;
                          if (typeof data47 === "string") {
                            if (func1(data47) > 1224) {
                              const err164 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/permissionSetArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/permissionSetArn/maxLength", keyword: "maxLength", params: { limit: 1224 }, message: "must NOT have more than 1224 characters" };
                              if (vErrors === null) {
                                vErrors = [err164];
                              } else {
                                vErrors.push(err164);
                              }
                              errors++;
                            }
                            if (!pattern33.test(data47)) {
                              const err165 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/permissionSetArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/permissionSetArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$" }, message: 'must match pattern "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$"' };
                              if (vErrors === null) {
                                vErrors = [err165];
                              } else {
                                vErrors.push(err165);
                              }
                              errors++;
                            }
                          } else {
                            const err166 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/permissionSetArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/permissionSetArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err166];
                            } else {
                              vErrors.push(err166);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err167 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "gcp-iam") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err168 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err168];
                          } else {
                            vErrors.push(err168);
                          }
                          errors++;
                        }
                        if (data31.resource === void 0) {
                          const err169 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                          if (vErrors === null) {
                            vErrors = [err169];
                          } else {
                            vErrors.push(err169);
                          }
                          errors++;
                        }
                        if (data31.role === void 0) {
                          const err170 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                          if (vErrors === null) {
                            vErrors = [err170];
                          } else {
                            vErrors.push(err170);
                          }
                          errors++;
                        }
                        for (const key17 in data31) {
                          if (!(key17 === "provider" || key17 === "resource" || key17 === "role")) {
                            const err171 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err171];
                            } else {
                              vErrors.push(err171);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data48 = data31.provider;
                          if (typeof data48 !== "string") {
                            const err172 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err172];
                            } else {
                              vErrors.push(err172);
                            }
                            errors++;
                          }
                          if ("gcp-iam" !== data48) {
                            const err173 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/provider/const", keyword: "const", params: { allowedValue: "gcp-iam" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err173];
                            } else {
                              vErrors.push(err173);
                            }
                            errors++;
                          }
                        }
                        if (data31.resource !== void 0) {
                          let data49 = data31.resource;
                          if (typeof data49 === "string") {
                            if (func1(data49) > 64) {
                              const err174 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/resource", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/resource/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                              if (vErrors === null) {
                                vErrors = [err174];
                              } else {
                                vErrors.push(err174);
                              }
                              errors++;
                            }
                            if (!pattern34.test(data49)) {
                              const err175 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/resource", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/resource/pattern", keyword: "pattern", params: { pattern: "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$" }, message: 'must match pattern "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$"' };
                              if (vErrors === null) {
                                vErrors = [err175];
                              } else {
                                vErrors.push(err175);
                              }
                              errors++;
                            }
                          } else {
                            const err176 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/resource", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                          }
                        }
                        if (data31.role !== void 0) {
                          let data50 = data31.role;
                          if (typeof data50 === "string") {
                            if (func1(data50) > 200) {
                              const err177 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/role/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                              if (vErrors === null) {
                                vErrors = [err177];
                              } else {
                                vErrors.push(err177);
                              }
                              errors++;
                            }
                            if (!pattern35.test(data50)) {
                              const err178 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/role/pattern", keyword: "pattern", params: { pattern: "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$" }, message: 'must match pattern "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$"' };
                              if (vErrors === null) {
                                vErrors = [err178];
                              } else {
                                vErrors.push(err178);
                              }
                              errors++;
                            }
                          } else {
                            const err179 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err179];
                            } else {
                              vErrors.push(err179);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err180 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "azure-pim") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err181 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                        if (data31.scope === void 0) {
                          const err182 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                        }
                        if (data31.roleDefinitionId === void 0) {
                          const err183 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/required", keyword: "required", params: { missingProperty: "roleDefinitionId" }, message: "must have required property 'roleDefinitionId'" };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                        }
                        for (const key18 in data31) {
                          if (!(key18 === "provider" || key18 === "scope" || key18 === "roleDefinitionId")) {
                            const err184 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err184];
                            } else {
                              vErrors.push(err184);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data51 = data31.provider;
                          if (typeof data51 !== "string") {
                            const err185 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err185];
                            } else {
                              vErrors.push(err185);
                            }
                            errors++;
                          }
                          if ("azure-pim" !== data51) {
                            const err186 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/provider/const", keyword: "const", params: { allowedValue: "azure-pim" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err186];
                            } else {
                              vErrors.push(err186);
                            }
                            errors++;
                          }
                        }
                        if (data31.scope !== void 0) {
                          let data52 = data31.scope;
                          if (typeof data52 === "string") {
                            if (func1(data52) > 1024) {
                              const err187 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                              if (vErrors === null) {
                                vErrors = [err187];
                              } else {
                                vErrors.push(err187);
                              }
                              errors++;
                            }
                            if (!pattern36.test(data52)) {
                              const err188 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/scope/pattern", keyword: "pattern", params: { pattern: "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$" }, message: 'must match pattern "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$"' };
                              if (vErrors === null) {
                                vErrors = [err188];
                              } else {
                                vErrors.push(err188);
                              }
                              errors++;
                            }
                          } else {
                            const err189 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err189];
                            } else {
                              vErrors.push(err189);
                            }
                            errors++;
                          }
                        }
                        if (data31.roleDefinitionId !== void 0) {
                          let data53 = data31.roleDefinitionId;
                          if (typeof data53 === "string") {
                            if (func1(data53) > 36) {
                              const err190 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/roleDefinitionId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                              if (vErrors === null) {
                                vErrors = [err190];
                              } else {
                                vErrors.push(err190);
                              }
                              errors++;
                            }
                            if (!pattern17.test(data53)) {
                              const err191 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/roleDefinitionId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err191];
                              } else {
                                vErrors.push(err191);
                              }
                              errors++;
                            }
                          } else {
                            const err192 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/roleDefinitionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err192];
                            } else {
                              vErrors.push(err192);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err193 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "azure-role-assignment") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err194 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err194];
                          } else {
                            vErrors.push(err194);
                          }
                          errors++;
                        }
                        if (data31.scope === void 0) {
                          const err195 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
                          if (vErrors === null) {
                            vErrors = [err195];
                          } else {
                            vErrors.push(err195);
                          }
                          errors++;
                        }
                        if (data31.roleDefinitionId === void 0) {
                          const err196 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/required", keyword: "required", params: { missingProperty: "roleDefinitionId" }, message: "must have required property 'roleDefinitionId'" };
                          if (vErrors === null) {
                            vErrors = [err196];
                          } else {
                            vErrors.push(err196);
                          }
                          errors++;
                        }
                        for (const key19 in data31) {
                          if (!(key19 === "provider" || key19 === "scope" || key19 === "roleDefinitionId")) {
                            const err197 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data54 = data31.provider;
                          if (typeof data54 !== "string") {
                            const err198 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err198];
                            } else {
                              vErrors.push(err198);
                            }
                            errors++;
                          }
                          if ("azure-role-assignment" !== data54) {
                            const err199 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/provider/const", keyword: "const", params: { allowedValue: "azure-role-assignment" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        }
                        if (data31.scope !== void 0) {
                          let data55 = data31.scope;
                          if (typeof data55 === "string") {
                            if (func1(data55) > 1024) {
                              const err200 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                              if (vErrors === null) {
                                vErrors = [err200];
                              } else {
                                vErrors.push(err200);
                              }
                              errors++;
                            }
                            if (!pattern36.test(data55)) {
                              const err201 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/scope/pattern", keyword: "pattern", params: { pattern: "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$" }, message: 'must match pattern "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$"' };
                              if (vErrors === null) {
                                vErrors = [err201];
                              } else {
                                vErrors.push(err201);
                              }
                              errors++;
                            }
                          } else {
                            const err202 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err202];
                            } else {
                              vErrors.push(err202);
                            }
                            errors++;
                          }
                        }
                        if (data31.roleDefinitionId !== void 0) {
                          let data56 = data31.roleDefinitionId;
                          if (typeof data56 === "string") {
                            if (func1(data56) > 36) {
                              const err203 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/roleDefinitionId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                              if (vErrors === null) {
                                vErrors = [err203];
                              } else {
                                vErrors.push(err203);
                              }
                              errors++;
                            }
                            if (!pattern17.test(data56)) {
                              const err204 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/roleDefinitionId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err204];
                              } else {
                                vErrors.push(err204);
                              }
                              errors++;
                            }
                          } else {
                            const err205 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/roleDefinitionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err205];
                            } else {
                              vErrors.push(err205);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err206 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err206];
                        } else {
                          vErrors.push(err206);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "github-team") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err207 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err207];
                          } else {
                            vErrors.push(err207);
                          }
                          errors++;
                        }
                        if (data31.org === void 0) {
                          const err208 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/required", keyword: "required", params: { missingProperty: "org" }, message: "must have required property 'org'" };
                          if (vErrors === null) {
                            vErrors = [err208];
                          } else {
                            vErrors.push(err208);
                          }
                          errors++;
                        }
                        if (data31.team === void 0) {
                          const err209 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'" };
                          if (vErrors === null) {
                            vErrors = [err209];
                          } else {
                            vErrors.push(err209);
                          }
                          errors++;
                        }
                        for (const key20 in data31) {
                          if (!(key20 === "provider" || key20 === "org" || key20 === "team" || key20 === "role" || key20 === "exclusive")) {
                            const err210 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err210];
                            } else {
                              vErrors.push(err210);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data57 = data31.provider;
                          if (typeof data57 !== "string") {
                            const err211 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err211];
                            } else {
                              vErrors.push(err211);
                            }
                            errors++;
                          }
                          if ("github-team" !== data57) {
                            const err212 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/provider/const", keyword: "const", params: { allowedValue: "github-team" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err212];
                            } else {
                              vErrors.push(err212);
                            }
                            errors++;
                          }
                        }
                        if (data31.org !== void 0) {
                          let data58 = data31.org;
                          if (typeof data58 === "string") {
                            if (func1(data58) > 39) {
                              const err213 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
                              if (vErrors === null) {
                                vErrors = [err213];
                              } else {
                                vErrors.push(err213);
                              }
                              errors++;
                            }
                            if (func1(data58) < 1) {
                              const err214 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err214];
                              } else {
                                vErrors.push(err214);
                              }
                              errors++;
                            }
                            if (!pattern5.test(data58)) {
                              const err215 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"' };
                              if (vErrors === null) {
                                vErrors = [err215];
                              } else {
                                vErrors.push(err215);
                              }
                              errors++;
                            }
                          } else {
                            const err216 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err216];
                            } else {
                              vErrors.push(err216);
                            }
                            errors++;
                          }
                        }
                        if (data31.team !== void 0) {
                          let data59 = data31.team;
                          if (typeof data59 === "string") {
                            if (func1(data59) > 100) {
                              const err217 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/team", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/team/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                              if (vErrors === null) {
                                vErrors = [err217];
                              } else {
                                vErrors.push(err217);
                              }
                              errors++;
                            }
                            if (!pattern41.test(data59)) {
                              const err218 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/team", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
                              if (vErrors === null) {
                                vErrors = [err218];
                              } else {
                                vErrors.push(err218);
                              }
                              errors++;
                            }
                          } else {
                            const err219 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/team", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err219];
                            } else {
                              vErrors.push(err219);
                            }
                            errors++;
                          }
                        }
                        if (data31.role !== void 0) {
                          let data60 = data31.role;
                          const _errs154 = errors;
                          let valid49 = false;
                          const _errs155 = errors;
                          if (typeof data60 !== "string") {
                            const err220 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err220];
                            } else {
                              vErrors.push(err220);
                            }
                            errors++;
                          }
                          if ("member" !== data60) {
                            const err221 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/0/const", keyword: "const", params: { allowedValue: "member" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err221];
                            } else {
                              vErrors.push(err221);
                            }
                            errors++;
                          }
                          var _valid0 = _errs155 === errors;
                          valid49 = valid49 || _valid0;
                          const _errs157 = errors;
                          if (typeof data60 !== "string") {
                            const err222 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err222];
                            } else {
                              vErrors.push(err222);
                            }
                            errors++;
                          }
                          if ("maintainer" !== data60) {
                            const err223 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/1/const", keyword: "const", params: { allowedValue: "maintainer" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err223];
                            } else {
                              vErrors.push(err223);
                            }
                            errors++;
                          }
                          var _valid0 = _errs157 === errors;
                          valid49 = valid49 || _valid0;
                          if (!valid49) {
                            const err224 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err224];
                            } else {
                              vErrors.push(err224);
                            }
                            errors++;
                          } else {
                            errors = _errs154;
                            if (vErrors !== null) {
                              if (_errs154) {
                                vErrors.length = _errs154;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data31.exclusive !== void 0) {
                          if (typeof data31.exclusive !== "boolean") {
                            const err225 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/exclusive", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/exclusive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err225];
                            } else {
                              vErrors.push(err225);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err226 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err226];
                        } else {
                          vErrors.push(err226);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "postgres") {
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.provider === void 0) {
                          const err227 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err227];
                          } else {
                            vErrors.push(err227);
                          }
                          errors++;
                        }
                        if (data31.connection === void 0) {
                          const err228 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'" };
                          if (vErrors === null) {
                            vErrors = [err228];
                          } else {
                            vErrors.push(err228);
                          }
                          errors++;
                        }
                        if (data31.role === void 0) {
                          const err229 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                          if (vErrors === null) {
                            vErrors = [err229];
                          } else {
                            vErrors.push(err229);
                          }
                          errors++;
                        }
                        for (const key21 in data31) {
                          if (!(key21 === "provider" || key21 === "connection" || key21 === "role" || key21 === "mode")) {
                            const err230 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err230];
                            } else {
                              vErrors.push(err230);
                            }
                            errors++;
                          }
                        }
                        if (data31.provider !== void 0) {
                          let data62 = data31.provider;
                          if (typeof data62 !== "string") {
                            const err231 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err231];
                            } else {
                              vErrors.push(err231);
                            }
                            errors++;
                          }
                          if ("postgres" !== data62) {
                            const err232 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/provider/const", keyword: "const", params: { allowedValue: "postgres" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err232];
                            } else {
                              vErrors.push(err232);
                            }
                            errors++;
                          }
                        }
                        if (data31.connection !== void 0) {
                          let data63 = data31.connection;
                          if (typeof data63 === "string") {
                            if (func1(data63) > 64) {
                              const err233 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/connection", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/connection/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                              if (vErrors === null) {
                                vErrors = [err233];
                              } else {
                                vErrors.push(err233);
                              }
                              errors++;
                            }
                            if (!pattern42.test(data63)) {
                              const err234 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/connection", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/connection/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,63}$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]{0,63}$"' };
                              if (vErrors === null) {
                                vErrors = [err234];
                              } else {
                                vErrors.push(err234);
                              }
                              errors++;
                            }
                          } else {
                            const err235 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/connection", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err235];
                            } else {
                              vErrors.push(err235);
                            }
                            errors++;
                          }
                        }
                        if (data31.role !== void 0) {
                          let data64 = data31.role;
                          if (typeof data64 === "string") {
                            if (func1(data64) > 63) {
                              const err236 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/role/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                              if (vErrors === null) {
                                vErrors = [err236];
                              } else {
                                vErrors.push(err236);
                              }
                              errors++;
                            }
                            if (!pattern18.test(data64)) {
                              const err237 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/role/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"' };
                              if (vErrors === null) {
                                vErrors = [err237];
                              } else {
                                vErrors.push(err237);
                              }
                              errors++;
                            }
                          } else {
                            const err238 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err238];
                            } else {
                              vErrors.push(err238);
                            }
                            errors++;
                          }
                        }
                        if (data31.mode !== void 0) {
                          let data65 = data31.mode;
                          const _errs171 = errors;
                          let valid52 = false;
                          const _errs172 = errors;
                          if (typeof data65 !== "string") {
                            const err239 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err239];
                            } else {
                              vErrors.push(err239);
                            }
                            errors++;
                          }
                          if ("membership" !== data65) {
                            const err240 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/0/const", keyword: "const", params: { allowedValue: "membership" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err240];
                            } else {
                              vErrors.push(err240);
                            }
                            errors++;
                          }
                          var _valid1 = _errs172 === errors;
                          valid52 = valid52 || _valid1;
                          const _errs174 = errors;
                          if (typeof data65 !== "string") {
                            const err241 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err241];
                            } else {
                              vErrors.push(err241);
                            }
                            errors++;
                          }
                          if ("temporary-login" !== data65) {
                            const err242 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/1/const", keyword: "const", params: { allowedValue: "temporary-login" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err242];
                            } else {
                              vErrors.push(err242);
                            }
                            errors++;
                          }
                          var _valid1 = _errs174 === errors;
                          valid52 = valid52 || _valid1;
                          if (!valid52) {
                            const err243 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err243];
                            } else {
                              vErrors.push(err243);
                            }
                            errors++;
                          } else {
                            errors = _errs171;
                            if (vErrors !== null) {
                              if (_errs171) {
                                vErrors.length = _errs171;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                      } else {
                        const err244 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err244];
                        } else {
                          vErrors.push(err244);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else {
                      const err245 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "provider", tagValue: tag0 }, message: 'value of tag "provider" must be in oneOf' };
                      if (vErrors === null) {
                        vErrors = [err245];
                      } else {
                        vErrors.push(err245);
                      }
                      errors++;
                    }
                  } else {
                    const err246 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/discriminator", keyword: "discriminator", params: { error: "tag", tag: "provider", tagValue: tag0 }, message: 'tag "provider" must be string' };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                } else {
                  const err247 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              }
              if (data27.duration !== void 0) {
                let data66 = data27.duration;
                if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                  if (data66.default === void 0) {
                    const err248 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/required", keyword: "required", params: { missingProperty: "default" }, message: "must have required property 'default'" };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                  if (data66.max === void 0) {
                    const err249 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                    if (vErrors === null) {
                      vErrors = [err249];
                    } else {
                      vErrors.push(err249);
                    }
                    errors++;
                  }
                  for (const key22 in data66) {
                    if (!(key22 === "default" || key22 === "max" || key22 === "cumulative")) {
                      const err250 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                  }
                  if (data66.default !== void 0) {
                    let data67 = data66.default;
                    if (typeof data67 === "string") {
                      if (func1(data67) > 32) {
                        const err251 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/default", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/default/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                      if (func1(data67) < 1) {
                        const err252 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/default", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/default/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err252];
                        } else {
                          vErrors.push(err252);
                        }
                        errors++;
                      }
                    } else {
                      const err253 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/default", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                  }
                  if (data66.max !== void 0) {
                    let data68 = data66.max;
                    if (typeof data68 === "string") {
                      if (func1(data68) > 32) {
                        const err254 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/max", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/max/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                        if (vErrors === null) {
                          vErrors = [err254];
                        } else {
                          vErrors.push(err254);
                        }
                        errors++;
                      }
                      if (func1(data68) < 1) {
                        const err255 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/max", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/max/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err255];
                        } else {
                          vErrors.push(err255);
                        }
                        errors++;
                      }
                    } else {
                      const err256 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/max", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/max/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err256];
                      } else {
                        vErrors.push(err256);
                      }
                      errors++;
                    }
                  }
                  if (data66.cumulative !== void 0) {
                    if (typeof data66.cumulative !== "boolean") {
                      const err257 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/cumulative", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/cumulative/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err257];
                      } else {
                        vErrors.push(err257);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err258 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err258];
                  } else {
                    vErrors.push(err258);
                  }
                  errors++;
                }
              }
              if (data27.justification !== void 0) {
                let data70 = data27.justification;
                if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                  if (data70.minLength === void 0) {
                    const err259 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/required", keyword: "required", params: { missingProperty: "minLength" }, message: "must have required property 'minLength'" };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                  for (const key23 in data70) {
                    if (!(key23 === "minLength")) {
                      const err260 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err260];
                      } else {
                        vErrors.push(err260);
                      }
                      errors++;
                    }
                  }
                  if (data70.minLength !== void 0) {
                    let data71 = data70.minLength;
                    if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
                      const err261 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification/minLength", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err261];
                      } else {
                        vErrors.push(err261);
                      }
                      errors++;
                    }
                    if (typeof data71 == "number" && isFinite(data71)) {
                      if (data71 > 2e3 || isNaN(data71)) {
                        const err262 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification/minLength", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/properties/minLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
                        if (vErrors === null) {
                          vErrors = [err262];
                        } else {
                          vErrors.push(err262);
                        }
                        errors++;
                      }
                      if (data71 < 0 || isNaN(data71)) {
                        const err263 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification/minLength", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                          vErrors = [err263];
                        } else {
                          vErrors.push(err263);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err264 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err264];
                  } else {
                    vErrors.push(err264);
                  }
                  errors++;
                }
              }
              if (data27.ticket !== void 0) {
                let data72 = data27.ticket;
                if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                  if (data72.required === void 0) {
                    const err265 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
                    if (vErrors === null) {
                      vErrors = [err265];
                    } else {
                      vErrors.push(err265);
                    }
                    errors++;
                  }
                  for (const key24 in data72) {
                    if (!(key24 === "required" || key24 === "pattern")) {
                      const err266 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err266];
                      } else {
                        vErrors.push(err266);
                      }
                      errors++;
                    }
                  }
                  if (data72.required !== void 0) {
                    if (typeof data72.required !== "boolean") {
                      const err267 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket/required", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err267];
                      } else {
                        vErrors.push(err267);
                      }
                      errors++;
                    }
                  }
                  if (data72.pattern !== void 0) {
                    let data74 = data72.pattern;
                    if (typeof data74 === "string") {
                      if (func1(data74) > 200) {
                        const err268 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket/pattern", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                        if (vErrors === null) {
                          vErrors = [err268];
                        } else {
                          vErrors.push(err268);
                        }
                        errors++;
                      }
                    } else {
                      const err269 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket/pattern", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err269];
                      } else {
                        vErrors.push(err269);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err270 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
              }
              if (data27.schedule !== void 0) {
                let data75 = data27.schedule;
                if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                  if (data75.allowed === void 0) {
                    const err271 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'" };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                  for (const key25 in data75) {
                    if (!(key25 === "allowed" || key25 === "horizon")) {
                      const err272 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                  }
                  if (data75.allowed !== void 0) {
                    if (typeof data75.allowed !== "boolean") {
                      const err273 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/allowed", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err273];
                      } else {
                        vErrors.push(err273);
                      }
                      errors++;
                    }
                  }
                  if (data75.horizon !== void 0) {
                    let data77 = data75.horizon;
                    if (typeof data77 === "string") {
                      if (func1(data77) > 32) {
                        const err274 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/horizon", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/horizon/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                        if (vErrors === null) {
                          vErrors = [err274];
                        } else {
                          vErrors.push(err274);
                        }
                        errors++;
                      }
                      if (func1(data77) < 1) {
                        const err275 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/horizon", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/horizon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err275];
                        } else {
                          vErrors.push(err275);
                        }
                        errors++;
                      }
                    } else {
                      const err276 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/horizon", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/horizon/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err276];
                      } else {
                        vErrors.push(err276);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err277 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err277];
                  } else {
                    vErrors.push(err277);
                  }
                  errors++;
                }
              }
              if (data27.approval !== void 0) {
                let data78 = data27.approval;
                if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                  if (data78.steps === void 0) {
                    const err278 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'" };
                    if (vErrors === null) {
                      vErrors = [err278];
                    } else {
                      vErrors.push(err278);
                    }
                    errors++;
                  }
                  for (const key26 in data78) {
                    if (!(key26 === "steps" || key26 === "selfApproval" || key26 === "autoApprove")) {
                      const err279 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err279];
                      } else {
                        vErrors.push(err279);
                      }
                      errors++;
                    }
                  }
                  if (data78.steps !== void 0) {
                    let data79 = data78.steps;
                    if (Array.isArray(data79)) {
                      if (data79.length > 5) {
                        const err280 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                        if (vErrors === null) {
                          vErrors = [err280];
                        } else {
                          vErrors.push(err280);
                        }
                        errors++;
                      }
                      if (data79.length < 0) {
                        const err281 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/minItems", keyword: "minItems", params: { limit: 0 }, message: "must NOT have fewer than 0 items" };
                        if (vErrors === null) {
                          vErrors = [err281];
                        } else {
                          vErrors.push(err281);
                        }
                        errors++;
                      }
                      const len8 = data79.length;
                      for (let i14 = 0; i14 < len8; i14++) {
                        let data80 = data79[i14];
                        if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                          if (data80.groups === void 0) {
                            const err282 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
                            if (vErrors === null) {
                              vErrors = [err282];
                            } else {
                              vErrors.push(err282);
                            }
                            errors++;
                          }
                          if (data80.count === void 0) {
                            const err283 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                            if (vErrors === null) {
                              vErrors = [err283];
                            } else {
                              vErrors.push(err283);
                            }
                            errors++;
                          }
                          for (const key27 in data80) {
                            if (!(key27 === "groups" || key27 === "count")) {
                              const err284 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                              if (vErrors === null) {
                                vErrors = [err284];
                              } else {
                                vErrors.push(err284);
                              }
                              errors++;
                            }
                          }
                          if (data80.groups !== void 0) {
                            let data81 = data80.groups;
                            if (Array.isArray(data81)) {
                              if (data81.length > 20) {
                                const err285 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                                if (vErrors === null) {
                                  vErrors = [err285];
                                } else {
                                  vErrors.push(err285);
                                }
                                errors++;
                              }
                              if (data81.length < 1) {
                                const err286 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                  vErrors = [err286];
                                } else {
                                  vErrors.push(err286);
                                }
                                errors++;
                              }
                              const len9 = data81.length;
                              for (let i15 = 0; i15 < len9; i15++) {
                                let data82 = data81[i15];
                                if (typeof data82 === "string") {
                                  if (func1(data82) > 64) {
                                    const err287 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups/" + i15, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err287];
                                    } else {
                                      vErrors.push(err287);
                                    }
                                    errors++;
                                  }
                                  if (func1(data82) < 1) {
                                    const err288 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups/" + i15, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err288];
                                    } else {
                                      vErrors.push(err288);
                                    }
                                    errors++;
                                  }
                                  if (!pattern4.test(data82)) {
                                    const err289 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups/" + i15, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                                    if (vErrors === null) {
                                      vErrors = [err289];
                                    } else {
                                      vErrors.push(err289);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err290 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups/" + i15, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err290];
                                  } else {
                                    vErrors.push(err290);
                                  }
                                  errors++;
                                }
                              }
                              let i16 = data81.length;
                              let j6;
                              if (i16 > 1) {
                                const indices6 = {};
                                for (; i16--; ) {
                                  let item6 = data81[i16];
                                  if (typeof item6 !== "string") {
                                    continue;
                                  }
                                  if (typeof indices6[item6] == "number") {
                                    j6 = indices6[item6];
                                    const err291 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i16 + " are identical)" };
                                    if (vErrors === null) {
                                      vErrors = [err291];
                                    } else {
                                      vErrors.push(err291);
                                    }
                                    errors++;
                                    break;
                                  }
                                  indices6[item6] = i16;
                                }
                              }
                            } else {
                              const err292 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                              if (vErrors === null) {
                                vErrors = [err292];
                              } else {
                                vErrors.push(err292);
                              }
                              errors++;
                            }
                          }
                          if (data80.count !== void 0) {
                            let data83 = data80.count;
                            if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)) && isFinite(data83))) {
                              const err293 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/count", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                              if (vErrors === null) {
                                vErrors = [err293];
                              } else {
                                vErrors.push(err293);
                              }
                              errors++;
                            }
                            if (typeof data83 == "number" && isFinite(data83)) {
                              if (data83 > 10 || isNaN(data83)) {
                                const err294 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/count", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                if (vErrors === null) {
                                  vErrors = [err294];
                                } else {
                                  vErrors.push(err294);
                                }
                                errors++;
                              }
                              if (data83 < 1 || isNaN(data83)) {
                                const err295 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14 + "/count", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                if (vErrors === null) {
                                  vErrors = [err295];
                                } else {
                                  vErrors.push(err295);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err296 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err296];
                          } else {
                            vErrors.push(err296);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err297 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err297];
                      } else {
                        vErrors.push(err297);
                      }
                      errors++;
                    }
                  }
                  if (data78.selfApproval !== void 0) {
                    if (typeof data78.selfApproval !== "boolean") {
                      const err298 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/selfApproval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/selfApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err298];
                      } else {
                        vErrors.push(err298);
                      }
                      errors++;
                    }
                  }
                  if (data78.autoApprove !== void 0) {
                    let data85 = data78.autoApprove;
                    if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                      for (const key28 in data85) {
                        if (!(key28 === "upTo")) {
                          const err299 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err299];
                          } else {
                            vErrors.push(err299);
                          }
                          errors++;
                        }
                      }
                      if (data85.upTo !== void 0) {
                        let data86 = data85.upTo;
                        if (typeof data86 === "string") {
                          if (func1(data86) > 32) {
                            const err300 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove/upTo", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/properties/upTo/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                            if (vErrors === null) {
                              vErrors = [err300];
                            } else {
                              vErrors.push(err300);
                            }
                            errors++;
                          }
                          if (func1(data86) < 1) {
                            const err301 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove/upTo", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/properties/upTo/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err301];
                            } else {
                              vErrors.push(err301);
                            }
                            errors++;
                          }
                        } else {
                          const err302 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove/upTo", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/properties/upTo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err302];
                          } else {
                            vErrors.push(err302);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err303 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err303];
                      } else {
                        vErrors.push(err303);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err304 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err304];
                  } else {
                    vErrors.push(err304);
                  }
                  errors++;
                }
              }
            } else {
              const err305 = { instancePath: instancePath + "/profiles/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err305];
              } else {
                vErrors.push(err305);
              }
              errors++;
            }
          }
        }
      } else {
        const err306 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err306];
        } else {
          vErrors.push(err306);
        }
        errors++;
      }
    }
  } else {
    const err307 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err307];
    } else {
      vErrors.push(err307);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateRevoke = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requester === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, message: "must have required property 'requester'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "requester" || key0 === "reason")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.requester !== void 0) {
      let data0 = data.requester;
      if (typeof data0 === "string") {
        if (func1(data0) > 39) {
          const err3 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func1(data1) > 2e3) {
          const err7 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var requestJsonSchema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/request.schema.json", "title": "gitjit access request", "description": "One request for just-in-time access, added in a pull request under requests/<profile>/.", "additionalProperties": false, "type": "object", "required": ["profile", "requester", "justification"], "properties": { "profile": { "description": "The eligibility profile from the policy. The file must sit in requests/<profile>/.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" }, "requester": { "description": "The GitHub login of the person asking; must be the pull request's author.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "duration": { "description": "How long the access lasts; capped by the profile. Default: the profile's. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "justification": { "description": "Why the access is needed; read by approvers and auditors.", "minLength": 1, "maxLength": 2e3, "type": "string" }, "ticket": { "description": "A ticket or incident reference, checked against the profile's pattern.", "minLength": 1, "maxLength": 128, "type": "string" }, "start": { "description": "A scheduled start (RFC 3339, with Z or an offset), if the profile allows scheduling.", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "maxLength": 40, "type": "string" }, "extends": { "description": "The id of one of your active grants (gj-\u2026) to extend instead of asking for a new one: the expiry moves by `duration`, with no gap. Cannot be combined with `start`.", "pattern": "^gj-[0-9a-f]{20}$", "maxLength": 23, "type": "string" } } };
var policyJsonSchema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/policy.schema.json", "title": "gitjit policy", "description": "One file of the policy in policies/. Files are merged; a name may be defined only once.", "additionalProperties": false, "type": "object", "properties": { "version": { "description": "Policy format version.", "const": 1, "type": "number" }, "admins": { "description": "Who approves changes to policies/, schemas/, CODEOWNERS and .github/.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members approve governance changes.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct admins needed for a governance change.", "minimum": 1, "maximum": 10, "type": "integer" } } }, "ledger": { "description": "The ledger's writer: who may sign the audit log.", "additionalProperties": false, "type": "object", "required": ["keys"], "properties": { "keys": { "description": "The keys the ledger's commits are signed with, current and retired: apply and sweep sign with the current one, and audit verify checks every signature against these.", "minItems": 1, "maxItems": 50, "type": "array", "items": { "description": "A key that may sign the ledger, and the period it may sign in.", "additionalProperties": false, "type": "object", "required": ["id", "publicKey", "from"], "properties": { "id": { "description": "The key's name, carried by every signature it makes. Never rename or remove a key that signed: its records would no longer verify.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" }, "publicKey": { "description": "The Ed25519 public key: PEM (-----BEGIN PUBLIC KEY-----), or the base64 of its DER (SPKI) form. Its private half is a secret of the jit environment (GITJIT_LEDGER_SIGNING_KEY).", "minLength": 40, "maxLength": 1e3, "type": "string" }, "from": { "description": "From when it may sign (inclusive), RFC 3339. The earliest key's `from` is when signing began: every record dated after it must be signed.", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "maxLength": 40, "type": "string" }, "until": { "description": "Until when it may sign (exclusive), RFC 3339; set it when rotating to a new key, or to the moment a key leaked.", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "maxLength": 40, "type": "string" } } } } } }, "identities": { "description": "GitHub login \u2192 that person's principals. The principal is never taken from a request.", "additionalProperties": false, "maxProperties": 1e5, "type": "object", "patternProperties": { "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$": { "description": "The principals of one person, per platform.", "additionalProperties": false, "type": "object", "properties": { "aws": { "description": "IAM user or role ARN.", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$", "maxLength": 600, "type": "string" }, "awsIdentityCenter": { "description": "IAM Identity Center user id.", "pattern": "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$", "maxLength": 47, "type": "string" }, "gcp": { "description": "IAM member, e.g. user:alice@example.com or serviceAccount:x@p.iam.gserviceaccount.com.", "pattern": "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "maxLength": 330, "type": "string" }, "azure": { "description": "Microsoft Entra object id (GUID).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" }, "postgres": { "description": "PostgreSQL login role.", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" } } } } }, "groups": { "description": "Named groups of people.", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "A named set of people: logins and/or GitHub teams.", "additionalProperties": false, "type": "object", "properties": { "description": { "description": "What the group is.", "minLength": 1, "maxLength": 500, "type": "string" }, "members": { "description": "GitHub logins in the group.", "minItems": 1, "maxItems": 1e4, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub login.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$", "maxLength": 45, "type": "string" } }, "teams": { "description": "GitHub teams whose members are in the group.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub team, @org/team-slug.", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 141, "type": "string" } } } } } }, "profiles": { "description": "Eligibility profiles, by name (the request folder's name).", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "An eligibility profile: who may ask, for what, for how long, approved by whom.", "additionalProperties": false, "type": "object", "required": ["eligible", "grant", "duration", "approval"], "properties": { "description": { "description": "What the profile is for, shown to requesters and approvers.", "minLength": 1, "maxLength": 500, "type": "string" }, "eligible": { "description": "Groups whose members may request this profile.", "minItems": 1, "maxItems": 50, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "grant": { "description": "What is granted, where. `provider` picks the shape.", "type": "object", "discriminator": { "propertyName": "provider" }, "properties": { "provider": { "description": "The platform and mechanism of the grant.", "enum": ["aws-iam", "aws-iam-managed", "aws-identity-center", "gcp-iam", "azure-pim", "azure-role-assignment", "github-team", "postgres"] } }, "required": ["provider"], "oneOf": [{ "description": "AWS IAM inline policy grant.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "statements"], "properties": { "provider": { "description": "Provider: an inline IAM policy on the user or role, expiring by aws:CurrentTime.", "const": "aws-iam", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "statements": { "description": "Allow statements granted for the duration.", "minItems": 1, "maxItems": 20, "type": "array", "items": { "description": "An Allow statement; gitjit adds the time condition.", "additionalProperties": false, "type": "object", "required": ["actions", "resources"], "properties": { "actions": { "description": "IAM actions allowed.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "An IAM action such as s3:GetObject (wildcards allowed).", "pattern": "^[a-z0-9-]+:[A-Za-z0-9*?]+$", "maxLength": 128, "type": "string" } }, "resources": { "description": "Resource ARNs the actions apply to.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A resource ARN or *.", "pattern": "^(\\*|arn:.+)$", "maxLength": 2048, "type": "string" } } } } } } }, { "description": "AWS IAM managed policy attachment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "policyArn"], "properties": { "provider": { "description": "Provider: attach a managed policy; the sweep removes it.", "const": "aws-iam-managed", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "policyArn": { "description": "The managed policy's ARN.", "pattern": "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", "maxLength": 2048, "type": "string" } } }, { "description": "AWS IAM Identity Center account assignment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "instanceArn", "permissionSetArn"], "properties": { "provider": { "description": "Provider: an IAM Identity Center account assignment; the sweep removes it.", "const": "aws-identity-center", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "instanceArn": { "description": "The Identity Center instance ARN.", "pattern": "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "maxLength": 1224, "type": "string" }, "permissionSetArn": { "description": "The permission set ARN.", "pattern": "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$", "maxLength": 1224, "type": "string" } } }, { "description": "GCP IAM conditional role binding.", "additionalProperties": false, "type": "object", "required": ["provider", "resource", "role"], "properties": { "provider": { "description": "Provider: a conditional IAM binding that expires by request.time.", "const": "gcp-iam", "type": "string" }, "resource": { "description": "projects/<id>, folders/<number> or organizations/<number>.", "pattern": "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$", "maxLength": 64, "type": "string" }, "role": { "description": "A predefined role (roles/...) or a custom role. Basic roles are refused.", "pattern": "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$", "maxLength": 200, "type": "string" } } }, { "description": "Azure RBAC through Privileged Identity Management.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a PIM role assignment schedule request with an expiration.", "const": "azure-pim", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "Azure RBAC role assignment, for tenants without PIM.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a plain role assignment; the sweep removes it.", "const": "azure-role-assignment", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "GitHub team membership.", "additionalProperties": false, "type": "object", "required": ["provider", "org", "team"], "properties": { "provider": { "description": "Provider: temporary membership of a GitHub team; the sweep removes it.", "const": "github-team", "type": "string" }, "org": { "description": "The GitHub organisation.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "team": { "description": "The team's slug.", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 100, "type": "string" }, "role": { "description": "Team role granted. Default: member.", "anyOf": [{ "const": "member", "type": "string" }, { "const": "maintainer", "type": "string" }] }, "exclusive": { "description": "Whether everyone in the team is there through gitjit. GitHub cannot tag a membership, so only then can reconcile remove members who hold no active grant. Default false.", "type": "boolean" } } }, { "description": "PostgreSQL role membership.", "additionalProperties": false, "type": "object", "required": ["provider", "connection", "role"], "properties": { "provider": { "description": "Provider: membership of a PostgreSQL role.", "const": "postgres", "type": "string" }, "connection": { "description": "The environment variable holding the server's connection URL (never the URL itself).", "pattern": "^[A-Z_][A-Z0-9_]{0,63}$", "maxLength": 64, "type": "string" }, "role": { "description": "The role granted (GRANT <role> TO <login>).", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" }, "mode": { "description": "membership (default): the requester's own login gets the role through a per-grant role; the sweep ends it. temporary-login: a per-grant login with a random password and VALID UNTIL, so PostgreSQL itself refuses new password logins after the expiry; the sweep ends open sessions and drops it.", "anyOf": [{ "const": "membership", "type": "string" }, { "const": "temporary-login", "type": "string" }] } } }] }, "duration": { "description": "Duration rules.", "additionalProperties": false, "type": "object", "required": ["default", "max"], "properties": { "default": { "description": "Used when a request names no duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "max": { "description": "The longest a request may ask for. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "cumulative": { "description": "When true, extensions count toward max: a grant, from its start to its extended expiry, may not last longer than max. Default false (each request is capped by max on its own).", "type": "boolean" } } }, "justification": { "description": "Justification rules.", "additionalProperties": false, "type": "object", "required": ["minLength"], "properties": { "minLength": { "description": "Fewest visible characters a justification may have (whitespace, zero-width and other invisible characters do not count). Default 10.", "minimum": 0, "maximum": 2e3, "type": "integer" } } }, "ticket": { "description": "Ticket rules.", "additionalProperties": false, "type": "object", "required": ["required"], "properties": { "required": { "description": "Whether a ticket reference is required.", "type": "boolean" }, "pattern": { "description": "A regular expression the ticket must match in full.", "maxLength": 200, "type": "string" } } }, "schedule": { "description": "Scheduled start rules.", "additionalProperties": false, "type": "object", "required": ["allowed"], "properties": { "allowed": { "description": "Whether a request may name a future start.", "type": "boolean" }, "horizon": { "description": "How far ahead a start may be. Default 7d. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } }, "approval": { "description": "Who must approve a request for this profile.", "additionalProperties": false, "type": "object", "required": ["steps"], "properties": { "steps": { "description": "Ordered steps; every step must be met, each by different people.", "minItems": 0, "maxItems": 5, "type": "array", "items": { "description": "One approval step: `count` distinct people from `groups`, none counted in another step.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members may approve this step.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct approvers needed for this step.", "minimum": 1, "maximum": 10, "type": "integer" } } } }, "selfApproval": { "description": "Whether the requester may count as an approver. Default false.", "type": "boolean" }, "autoApprove": { "description": "Auto-approval: matching requests need no approver.", "additionalProperties": false, "type": "object", "properties": { "upTo": { "description": "Requests no longer than this need no approval. Omit: any duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } } } } } } } } } };
var revokeJsonSchema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/revoke.schema.json", "title": "gitjit early revoke", "description": "Ends an active grant before its expiry. The file is revokes/<grant id>.yaml.", "additionalProperties": false, "type": "object", "required": ["requester", "reason"], "properties": { "requester": { "description": "The GitHub login asking for the revoke; must be the pull request's author. The grant's own requester needs no approval; anyone else needs the profile's approvers or the admins.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "reason": { "description": "Why the access should end now; read by approvers and auditors.", "minLength": 1, "maxLength": 2e3, "type": "string" } } };

// src/core/login.ts
function matchLogin(written, expected) {
  if (written === expected) return "exact";
  return written.toLowerCase() === expected.toLowerCase() ? "case-only" : "none";
}
var LoginIndex = class {
  exact = /* @__PURE__ */ new Set();
  folded = /* @__PURE__ */ new Map();
  constructor(logins) {
    for (const login of logins) {
      this.exact.add(login);
      if (!this.folded.has(login.toLowerCase())) this.folded.set(login.toLowerCase(), login);
    }
  }
  find(written) {
    if (this.exact.has(written)) return { match: "exact", entry: written };
    const entry = this.folded.get(written.toLowerCase());
    return entry === void 0 ? { match: "none" } : { match: "case-only", entry };
  }
};

// src/core/model/fields.ts
function fieldsAt(schema, path) {
  let nodes = [schema];
  for (const segment of path) {
    nodes = nodes.flatMap((node) => {
      const variants = node.oneOf ?? [node];
      return variants.flatMap((v) => {
        if (typeof segment === "number") return v.items ? [v.items] : [];
        const direct = v.properties?.[segment];
        if (direct) return [direct];
        return Object.values(v.patternProperties ?? {});
      });
    });
  }
  return [...new Set(nodes.flatMap((n) => (n.oneOf ?? [n]).flatMap((v) => Object.keys(v.properties ?? {}))))];
}

// src/core/schema-errors.ts
var FORMAT_HINTS = {
  requester: "a GitHub login: ASCII letters, digits and single hyphens, at most 39 characters",
  members: "a GitHub login: ASCII letters, digits and single hyphens, at most 39 characters",
  profile: "lowercase letters, digits and hyphens",
  start: "an RFC 3339 time with a zone, such as 2026-12-01T09:00:00Z"
};
function schemaDiagnostics(errors, locate, knownFields = () => []) {
  const out = [];
  for (const error of errors ?? []) {
    const path = pointerToPath(error.instancePath);
    const field = path.length ? path.map(String).join(".") : "the document";
    const last = String(path.at(-1) ?? "");
    const params = error.params;
    const push = (code, message, where = path, which = "value") => out.push({ code, message, path: where, ...locate(where, which) });
    switch (error.keyword) {
      case "required":
        push(
          "missing-field",
          `${field === "the document" ? "" : `${field}: `}\`${params.missingProperty}\` is required`
        );
        break;
      case "additionalProperties": {
        const name = String(params.additionalProperty);
        const hint = closest(name, knownFields(path));
        push(
          "unknown-field",
          `unknown field \`${name}\`${hint ? `; did you mean \`${hint}\`?` : ""}`,
          [...path, name],
          "key"
        );
        break;
      }
      case "type":
        push("wrong-type", `\`${field}\` must be ${article(String(params.type))}`);
        break;
      case "pattern":
        push(
          "invalid-format",
          `\`${field}\` must be ${FORMAT_HINTS[last] ?? FORMAT_HINTS[String(path.at(-2))] ?? `in the form ${params.pattern}`}`
        );
        break;
      case "const":
      case "enum": {
        const allowed = params.allowedValues ?? [params.allowedValue];
        push(
          "invalid-value",
          `\`${field}\` must be one of: ${allowed.map((v) => JSON.stringify(v)).join(", ")}`
        );
        break;
      }
      case "discriminator":
        if (params.error === "tag") push("missing-field", `${field}: \`provider\` is required`);
        break;
      case "oneOf":
      case "anyOf":
        break;
      // the failing branch's own errors say more
      case "uniqueItems":
        push("duplicate-item", `\`${field}\` lists the same value twice`);
        break;
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minimum":
      case "maximum":
      case "maxProperties":
        push("out-of-range", `\`${field}\` ${rangeWords(error.keyword, params.limit)}`);
        break;
      default:
        push("invalid-value", `\`${field}\` ${error.message ?? "is not valid"}`);
    }
  }
  return out;
}
function rangeWords(keyword, limit) {
  switch (keyword) {
    case "minLength":
      return Number(limit) === 1 ? "must not be empty" : `must have at least ${limit} characters`;
    case "maxLength":
      return `must have at most ${limit} characters`;
    case "minItems":
      return `must list at least ${limit}`;
    case "maxItems":
      return `must list at most ${limit}`;
    case "minimum":
      return `must be at least ${limit}`;
    case "maximum":
      return `must be at most ${limit}`;
    default:
      return `must have at most ${limit} entries`;
  }
}
var article = (type) => type === "integer" || type === "object" || type === "array" ? `an ${type}` : `a ${type}`;
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function closest(name, candidates) {
  let best;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
    }
    previous = current;
  }
  return previous[b.length];
}

// src/core/text.ts
var INVISIBLE = /[\p{White_Space}\p{Cf}\p{Cc}\p{M}\p{Default_Ignorable_Code_Point}\u2800\u115f\u1160\u3164\uffa0\p{Co}\p{Cn}\p{Cs}]/u;
function visibleLength(text) {
  let count = 0;
  for (const character of text) if (!INVISIBLE.test(character)) count++;
  return count;
}
function describeVisibleLength(text) {
  const visible = visibleLength(text);
  const hidden = [...text.replace(new RegExp("\\p{White_Space}", "gu"), "")].length - visible;
  const noun = `visible character${visible === 1 ? "" : "s"}`;
  return hidden === 0 ? `${visible} ${noun}` : `${visible} ${noun} (and ${hidden} that cannot be seen)`;
}
var CONTROL = /[\p{Cc}\u2028\u2029]/u;
function hasControlCharacter(text) {
  return CONTROL.test(text);
}
function showControlCharacters(text) {
  if (!hasControlCharacter(text)) return text;
  return JSON.stringify(text).replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function pathControlCharacter(path) {
  if (!hasControlCharacter(path)) return void 0;
  return {
    code: "path-control-character",
    message: `the path ${showControlCharacters(path)} holds a control character (a line break, a tab or another control); request and revoke files must be named with visible characters`
  };
}

// src/core/ledger/lifecycle.ts
function checkExtension(request, entry, profile, now) {
  const id = request.extends;
  const errors = [];
  if (!entry) return { errors: [{ code: "extends-not-held", message: `${id} is not an active grant` }] };
  if (entry.state !== "active")
    errors.push({ code: "extends-not-held", message: `${id} is not active (it is ${entry.state})` });
  if (isPastExpiry(entry, now))
    errors.push({
      code: "extends-expired",
      message: `${id} expired at ${entry.expiresAt}; request new access instead`
    });
  if (entry.profile !== request.profile)
    errors.push({
      code: "extends-other-profile",
      message: `${id} is a grant of profile "${entry.profile}", not "${request.profile}"`
    });
  if (matchLogin(request.requester, entry.requester) !== "exact")
    errors.push({
      code: "extends-other-requester",
      message: `${id} was requested by ${entry.requester}; only they may extend it`
    });
  const sameRequester = matchLogin(request.requester, entry.requester) === "exact";
  if (sameRequester && entry.principal !== request.principal)
    errors.push({
      code: "extends-other-principal",
      message: `${id} was granted to ${entry.principal}, but the policy now maps ${request.requester} to ${request.principal}: extending would keep access for an identity the policy no longer holds; request new access instead`
    });
  else if (sameRequester && entry.profile === request.profile && canonicalJson(entry.grant) !== canonicalJson(request.grant))
    errors.push({
      code: "extends-grant-changed",
      message: `${id} grants what profile "${request.profile}" granted when it was made, and the profile now grants something else; request new access instead`
    });
  const duration = parseDuration(request.duration);
  if (!duration.ok) errors.push({ code: "duration-invalid", message: duration.reason });
  if (errors.length > 0 || !duration.ok) return { errors };
  const to = new Date(Date.parse(entry.expiresAt) + duration.ms).toISOString();
  const max = parseDuration(profile.duration.max);
  if (profile.duration.cumulative && max.ok && Date.parse(to) - Date.parse(entry.startsAt) > max.ms)
    errors.push({
      code: "extends-over-total",
      message: `extended to ${to}, ${id} would last longer than the profile's maximum of ${profile.duration.max} in total`
    });
  return errors.length > 0 ? { errors } : { errors, to };
}
function revokeAuthority(entry, author, policy) {
  if (matchLogin(author, entry.requester) === "exact") return { kind: "self" };
  const anyOf = [];
  const profile = policy.profiles.get(entry.profile);
  if (profile && profile.approval.steps.length > 0)
    anyOf.push({ auto: false, selfApproval: false, steps: profile.approval.steps });
  if (policy.admins)
    anyOf.push({
      auto: false,
      selfApproval: false,
      steps: [{ groups: policy.admins.groups, count: policy.admins.count }]
    });
  return { kind: "approval", anyOf };
}
var REVOKE_FILE = /^revokes\/(gj-[0-9a-f]{20})\.ya?ml$/;
var REVOKE_REASON_MIN = 1;
function evaluateRevokeFile(input) {
  const errors = [];
  const fail = (code, message, path = []) => errors.push({ code, message, path, ...input.locate(path) });
  if (!validateRevoke(input.value))
    errors.push(
      ...schemaDiagnostics(validateRevoke.errors, input.locate, (p) => fieldsAt(revokeJsonSchema, p))
    );
  const reason = input.value.reason;
  if (typeof reason === "string" && visibleLength(reason) < REVOKE_REASON_MIN)
    fail(
      "reason-too-short",
      `the reason has ${describeVisibleLength(reason)}; a revoke needs at least ${REVOKE_REASON_MIN}`,
      ["reason"]
    );
  const control = pathControlCharacter(input.path);
  if (control) {
    fail(control.code, control.message);
    return { errors };
  }
  const match = REVOKE_FILE.exec(input.path);
  if (!match) {
    fail("not-a-revoke-path", `${input.path} is not a revoke file; name it revokes/<grant id>.yaml`);
    return { errors };
  }
  const grantId2 = match[1];
  const requester = typeof input.value.requester === "string" ? input.value.requester : void 0;
  if (requester !== void 0 && input.author !== void 0 && matchLogin(requester, input.author) !== "exact")
    fail(
      "requester-not-author",
      `requester "${requester}" is not the pull request's author "${input.author}"`,
      ["requester"]
    );
  if (!input.entry || input.entry.state === "applying") {
    fail("revoke-not-held", `${grantId2} is not an active grant (already ended, or never granted)`);
    return { errors, grantId: grantId2 };
  }
  if (errors.length > 0 || requester === void 0) return { errors, grantId: grantId2 };
  return { errors, grantId: grantId2, authority: revokeAuthority(input.entry, requester, input.policy) };
}

// src/core/layout.ts
var REQUESTS_DIR = "requests";
var REVOKES_DIR = "revokes";
var DEFAULT_POLICY_DIR = "policies";
var SCHEMAS_DIR = "schemas";
var GITHUB_DIR = ".github";
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var ACTION_PATHS = ["action.yml", "action.yaml", "dist/"];
var GIT_CONFIG_FILES = [".gitattributes", ".gitmodules", ".lfsconfig"];
var GOVERNANCE_ANYWHERE = [".gitattributes"];
function governancePaths(policyDir = DEFAULT_POLICY_DIR) {
  return [
    `${trimSlashes(policyDir)}/`,
    `${SCHEMAS_DIR}/`,
    `${GITHUB_DIR}/`,
    ...CODEOWNERS_LOCATIONS.filter((p) => !p.startsWith(`${GITHUB_DIR}/`)),
    ...ACTION_PATHS,
    ...GIT_CONFIG_FILES.filter((f) => !GOVERNANCE_ANYWHERE.includes(f)),
    ...GOVERNANCE_ANYWHERE.map((f) => `**/${f}`)
  ];
}
function isUnder(path, entry) {
  if (entry.startsWith("**/")) {
    const name = entry.slice(3);
    return path === name || path.endsWith(`/${name}`);
  }
  return entry.endsWith("/") ? path.startsWith(entry) : path === entry;
}
function isGovernancePath(path, policyDir = DEFAULT_POLICY_DIR) {
  const lower2 = path.toLowerCase();
  return governancePaths(policyDir).some((entry) => isUnder(lower2, entry.toLowerCase()));
}
var trimSlashes = (dir) => dir.replace(/^\/+|\/+$/g, "");

// src/core/load/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_BYTES = 64 * 1024;
var MAX_POLICY_BYTES = 8 * 1024 * 1024;
var MAX_YAML_DEPTH = 32;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function loadYaml(input, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_YAML_BYTES;
  const fail = (code, message, line = 1, column = 1) => ({
    ok: false,
    errors: [{ code, message, line, column }]
  });
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) return fail("file-too-large", `the file is ${size} bytes; the limit is ${maxBytes}`);
  let text;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return fail("not-text", "the file is not UTF-8 text");
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const control = firstControlCharacter(text);
  if (control >= 0) {
    const { line, column } = position(text, control);
    return fail("not-text", "the file contains control characters (is it binary?)", line, column);
  }
  if (text.trim() === "") return fail("empty-file", "the file is empty");
  const lineCounter = new import_yaml.LineCounter();
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, {
      version: "1.2",
      schema: "core",
      merge: false,
      // Checked in inspect() with a set per mapping: the parser's own check is quadratic in keys.
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
      customTags: [],
      lineCounter
    });
  } catch (error) {
    return fail("yaml-syntax", `the YAML could not be parsed: ${describe(error)}`);
  }
  const list2 = Array.isArray(docs) ? docs : [docs];
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (list2.length === 0) return fail("empty-file", "the file holds no YAML document");
  if (list2.length > 1) {
    const second = pos(list2[1]?.range?.[0]);
    return fail(
      "multiple-documents",
      "the file holds more than one YAML document",
      second.line,
      second.column
    );
  }
  const doc = list2[0];
  if (!doc) return fail("empty-file", "the file holds no YAML document");
  const errors = [];
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const offset = problem.pos[0];
    errors.push({ ...classify(problem.code, problem.message), ...pos(offset) });
  }
  const overflow = errors.find((e) => e.code === "too-deep");
  if (overflow) return { ok: false, errors: [overflow] };
  const directive = /^%/m.exec(text);
  if (directive) {
    errors.push({
      code: "yaml-directive",
      message: "YAML directives (%YAML, %TAG) are not allowed",
      ...pos(directive.index)
    });
  }
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  const root = doc.contents;
  if (!root || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === void 0))
    return fail("empty-file", "the file holds no content");
  if (!(0, import_yaml.isMap)(root)) {
    const p = pos(root.range?.[0]);
    return fail(
      "not-a-mapping",
      `the top level must be a mapping of keys to values, not a ${kind(root)}`,
      p.line,
      p.column
    );
  }
  errors.push(...inspect(root, pos));
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail("yaml-syntax", `the YAML could not be read: ${describe(error)}`);
  }
  return {
    ok: true,
    value,
    locate: (path, which = "value") => {
      const node = find(root, path, which);
      return pos(node?.range?.[0]);
    }
  };
}
function inspect(root, pos) {
  const errors = [];
  const stack = [{ node: root, depth: 1 }];
  while (stack.length > 0 && errors.length < 50) {
    const { node, depth } = stack.pop();
    if (node === null || node === void 0) continue;
    const where = pos(node.range?.[0]);
    if ((0, import_yaml.isAlias)(node)) {
      errors.push({ code: "yaml-alias", message: "aliases (*name) are not allowed", ...where });
      continue;
    }
    const anchored = node;
    if (anchored.anchor)
      errors.push({ code: "yaml-anchor", message: "anchors (&name) are not allowed", ...where });
    if (anchored.tag)
      errors.push({ code: "yaml-tag", message: `tags are not allowed (found ${anchored.tag})`, ...where });
    if (depth > MAX_YAML_DEPTH) {
      errors.push({ code: "too-deep", message: `nesting deeper than ${MAX_YAML_DEPTH} levels`, ...where });
      break;
    }
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        const keyWhere = pos(key?.range?.[0] ?? node.range?.[0]);
        if (!(0, import_yaml.isScalar)(key)) {
          errors.push({ code: "complex-key", message: "mapping keys must be plain scalars", ...keyWhere });
          stack.push({ node: key, depth: depth + 1 });
        } else {
          const name = key.value;
          if (seen.has(name))
            errors.push({
              code: "duplicate-key",
              message: "a key appears twice in the same mapping",
              ...keyWhere
            });
          seen.add(name);
          if (typeof name !== "string")
            errors.push({
              code: "non-string-key",
              message: `keys must be strings, not ${String(name)}`,
              ...keyWhere
            });
          else if (name === "<<")
            errors.push({ code: "merge-key", message: "merge keys (<<) are not allowed", ...keyWhere });
          else if (FORBIDDEN_KEYS.has(name))
            errors.push({ code: "forbidden-key", message: `the key "${name}" is not allowed`, ...keyWhere });
          if (key.anchor || key.tag) stack.push({ node: key, depth: depth + 1 });
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if ((0, import_yaml.isPair)(node)) {
      errors.push({ code: "yaml-syntax", message: "unexpected key/value pair", ...where });
    }
  }
  return errors;
}
function find(root, path, which) {
  let node = root;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      if (last && which === "key") return pair.key;
      if (!pair.value) return pair.key;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) return node;
      node = item;
    } else return node;
  }
  return node;
}
function classify(code, message) {
  if (code === "DUPLICATE_KEY")
    return { code: "duplicate-key", message: "a key appears twice in the same mapping" };
  if (code === "TAG_RESOLVE_FAILED")
    return { code: "yaml-tag", message: `tags are not allowed (${firstLine(message)})` };
  if (/call stack/i.test(message))
    return { code: "too-deep", message: `nesting deeper than ${MAX_YAML_DEPTH} levels` };
  return { code: "yaml-syntax", message: firstLine(message) };
}
var firstLine = (message) => (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
var describe = (error) => firstLine(error instanceof Error ? error.message : String(error));
var kind = (node) => (0, import_yaml.isSeq)(node) ? "list" : "single value";
function firstControlCharacter(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127) return i;
  }
  return -1;
}
function position(text, index) {
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/core/diagnostics.ts
var at = (file, d) => ({ file, ...d });

// src/core/policy/policy.ts
var BASIC_GCP_ROLES = /* @__PURE__ */ new Set(["roles/owner", "roles/editor", "roles/viewer"]);
var DEFAULT_HORIZON = "7d";
function compilePolicy(sources) {
  const errors = [];
  const identities = /* @__PURE__ */ new Map();
  const identityOrigin = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const groupOrigin = /* @__PURE__ */ new Map();
  const profiles = /* @__PURE__ */ new Map();
  const profileOrigin = /* @__PURE__ */ new Map();
  let admins;
  let ledger;
  const sorted = [...sources].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  if (sorted.length === 0) {
    errors.push(
      at("policies/", { code: "policy-missing", message: "no policy files were found", line: 1, column: 1 })
    );
  }
  for (const source of sorted) {
    const loaded = loadYaml(source.content, { maxBytes: MAX_POLICY_BYTES });
    if (!loaded.ok) {
      errors.push(...loaded.errors.map((d) => at(source.path, d)));
      continue;
    }
    if (!validatePolicyFile(loaded.value)) {
      const found = schemaDiagnostics(
        validatePolicyFile.errors,
        loaded.locate,
        (p) => fieldsAt(policyJsonSchema, p)
      );
      errors.push(...found.map((d) => at(source.path, d)));
      continue;
    }
    const file = loaded.value;
    const origin = (path) => ({ file: source.path, locate: loaded.locate, path });
    const duplicate = (kind2, name, first, path) => errors.push(
      at(source.path, {
        code: "duplicate-name",
        message: `${kind2} "${name}" is already defined in ${first.file}:${first.locate(first.path, "key").line}`,
        path,
        ...loaded.locate(path, "key")
      })
    );
    if (file.admins) {
      if (admins) duplicate("admins", "admins", admins.origin, ["admins"]);
      else admins = { ...file.admins, origin: origin(["admins"]) };
    }
    if (file.ledger) {
      if (ledger) duplicate("ledger", "ledger", ledger.origin, ["ledger"]);
      else ledger = { keys: file.ledger.keys, origin: origin(["ledger"]) };
    }
    for (const [login, identity] of Object.entries(file.identities ?? {})) {
      const path = ["identities", login];
      const key = login.toLowerCase();
      const first = identityOrigin.get(key);
      if (first) duplicate("identity", login, first, path);
      else {
        identityOrigin.set(key, origin(path));
        identities.set(login, identity);
      }
    }
    for (const [name, group] of Object.entries(file.groups ?? {})) {
      const path = ["groups", name];
      const first = groupOrigin.get(name);
      if (first) duplicate("group", name, first, path);
      else {
        groupOrigin.set(name, origin(path));
        const members = group.members ?? [];
        groups.set(name, { members, memberIndex: new LoginIndex(members), teams: group.teams ?? [] });
      }
    }
    for (const [name, profile] of Object.entries(file.profiles ?? {})) {
      const path = ["profiles", name];
      const first = profileOrigin.get(name);
      if (first) duplicate("profile", name, first, path);
      else {
        profileOrigin.set(name, origin(path));
        profiles.set(name, profile);
      }
    }
  }
  const policy = {
    admins,
    identities,
    identityIndex: new LoginIndex(identities.keys()),
    groups,
    profiles,
    ledgerKeys: ledger?.keys ?? [],
    files: sorted.map((s) => s.path)
  };
  if (errors.length > 0 && !errors.every((e) => e.code === "duplicate-name")) return { policy, errors };
  const warnings = [];
  const report = (o, code, message, sub = [], which = "value") => {
    const path = [...o.path, ...sub];
    errors.push(at(o.file, { code, message, path, ...o.locate(path, which) }));
  };
  const checkGroupRefs = (o, names, sub) => names.forEach((name, i) => {
    if (!groups.has(name))
      report(o, "unknown-group", `group "${name}" is not defined in groups`, [...sub, i]);
  });
  for (const [name, group] of groups) {
    const o = groupOrigin.get(name);
    if (group.members.length === 0 && group.teams.length === 0)
      report(o, "empty-group", `group "${name}" has neither members nor teams`, [], "key");
    const seen = /* @__PURE__ */ new Map();
    group.members.forEach((member, i) => {
      const other = seen.get(member.toLowerCase());
      if (other !== void 0)
        report(o, "duplicate-member", `"${member}" and "${other}" are the same GitHub login`, ["members", i]);
      seen.set(member.toLowerCase(), member);
    });
  }
  if (!admins) {
    errors.push(
      at(sorted[0]?.path ?? "policies/", {
        code: "admins-missing",
        message: "the policy names no admins: nobody could approve a change to it",
        line: 1,
        column: 1
      })
    );
  } else {
    checkGroupRefs(admins.origin, admins.groups, ["groups"]);
    const possible = approverCeiling(admins.groups, groups);
    if (possible !== void 0 && possible < admins.count)
      report(
        admins.origin,
        "unapprovable",
        `${admins.count} admins are needed but only ${possible} people are in the admin groups`,
        ["count"]
      );
  }
  if (ledger) checkLedgerKeys(ledger.origin, ledger.keys, report);
  for (const [name, profile] of profiles) {
    const o = profileOrigin.get(name);
    checkGroupRefs(o, profile.eligible, ["eligible"]);
    profile.approval.steps.forEach((step, i) => {
      checkGroupRefs(o, step.groups, ["approval", "steps", i, "groups"]);
    });
    const max = checkDuration(o, profile.duration.max, ["duration", "max"], report);
    const fallback = checkDuration(o, profile.duration.default, ["duration", "default"], report);
    if (max !== void 0 && fallback !== void 0 && fallback > max)
      report(
        o,
        "default-over-max",
        `the default duration ${profile.duration.default} exceeds the maximum ${profile.duration.max}`,
        ["duration", "default"]
      );
    if (profile.schedule?.horizon)
      checkDuration(o, profile.schedule.horizon, ["schedule", "horizon"], report);
    if (profile.schedule?.allowed && startEnforcement(profile.grant) === "sweep") {
      const path = [...o.path, "schedule", "allowed"];
      warnings.push(
        at(o.file, {
          code: "schedule-by-sweep",
          message: `profile "${name}" allows a scheduled start, but ${profile.grant.provider} cannot hold a start time: gitjit's sweep grants it at its start, up to one sweep interval late (the access still ends on time)`,
          path,
          ...o.locate(path, "value")
        })
      );
    }
    if (profile.approval.autoApprove?.upTo)
      checkDuration(o, profile.approval.autoApprove.upTo, ["approval", "autoApprove", "upTo"], report);
    if (profile.approval.steps.length === 0 && !profile.approval.autoApprove)
      report(
        o,
        "no-approval-rule",
        `profile "${name}" has no approval steps; add steps or say autoApprove explicitly`,
        ["approval"],
        "key"
      );
    checkApprovable(o, name, profile, groups, report);
    if (profile.ticket?.pattern !== void 0) {
      try {
        new RegExp(profile.ticket.pattern, "u");
      } catch (error) {
        report(
          o,
          "invalid-pattern",
          `ticket pattern is not a valid regular expression: ${error.message}`,
          ["ticket", "pattern"]
        );
      }
    }
    if (profile.grant.provider === "gcp-iam" && BASIC_GCP_ROLES.has(profile.grant.role))
      report(
        o,
        "gcp-basic-role",
        `${profile.grant.role} is a basic role; IAM conditions do not apply to it, so it cannot expire`,
        ["grant", "role"]
      );
  }
  return { policy, errors, warnings };
}
function checkLedgerKeys(o, keys, report) {
  const ids = /* @__PURE__ */ new Set();
  keys.forEach((key, i) => {
    if (ids.has(key.id))
      report(o, "duplicate-name", `ledger key "${key.id}" is listed twice`, ["keys", i, "id"]);
    ids.add(key.id);
    const parsed = parsePublicKey(key.publicKey);
    if (!parsed.ok)
      report(o, "ledger-key-invalid", `ledger key "${key.id}": ${parsed.reason}`, ["keys", i, "publicKey"]);
    if (Number.isNaN(Date.parse(key.from)))
      report(o, "ledger-key-period", `ledger key "${key.id}": from is not a time`, ["keys", i, "from"]);
    if (key.until !== void 0 && !(Date.parse(key.until) > Date.parse(key.from)))
      report(o, "ledger-key-period", `ledger key "${key.id}": until must be after from`, [
        "keys",
        i,
        "until"
      ]);
  });
}
function checkDuration(o, text, sub, report) {
  const parsed = parseDuration(text);
  if (!parsed.ok) return void report(o, "duration-invalid", parsed.reason, sub);
  if (parsed.ms <= 0)
    return void report(o, "duration-not-positive", `${text} is not a positive duration`, sub);
  if (parsed.ms > MAX_DURATION_MS)
    return void report(o, "duration-over-limit", `${text} exceeds gitjit's limit of 366 days`, sub);
  return parsed.ms;
}
function approverCeiling(groupNames, groups) {
  const people = /* @__PURE__ */ new Set();
  for (const name of groupNames) {
    const group = groups.get(name);
    if (!group) continue;
    if (group.teams.length > 0) return void 0;
    for (const member of group.members) people.add(member.toLowerCase());
  }
  return people.size;
}
function checkApprovable(o, name, profile, groups, report) {
  const steps = profile.approval.steps;
  steps.forEach((step, i) => {
    const ceiling = approverCeiling(step.groups, groups);
    if (ceiling !== void 0 && ceiling < step.count)
      report(
        o,
        "unapprovable",
        `step ${i + 1} of "${name}" needs ${step.count} approvers but its groups hold ${ceiling} people`,
        ["approval", "steps", i, "count"]
      );
  });
  const ceilings = steps.map((s) => approverCeiling(s.groups, groups));
  if (steps.length > 1 && ceilings.every((c) => c !== void 0)) {
    const union = approverCeiling(
      steps.flatMap((s) => s.groups),
      groups
    );
    const needed = steps.reduce((sum, s) => sum + s.count, 0);
    if (union < needed)
      report(
        o,
        "unapprovable",
        `the steps of "${name}" need ${needed} different people but their groups hold ${union}`,
        ["approval", "steps"]
      );
  }
}
var scheduleHorizon = (profile) => profile.schedule?.horizon ?? DEFAULT_HORIZON;

// src/core/request/evaluate.ts
var IDENTITY_KIND = {
  "aws-iam": "aws",
  "aws-iam-managed": "aws",
  "aws-identity-center": "awsIdentityCenter",
  "gcp-iam": "gcp",
  "azure-pim": "azure",
  "azure-role-assignment": "azure",
  "github-team": "github",
  postgres: "postgres"
};
var DEFAULT_JUSTIFICATION_MIN = 10;
function evaluateRequest(input) {
  const { value, locate, policy, now } = input;
  const errors = [];
  const warnings = [];
  const fail = (code, message, path = [], which = "value") => errors.push({ code, message, path, ...locate(path, which) });
  const warn = (code, message, path = []) => warnings.push({ code, message, path, ...locate(path) });
  if (!validateRequest(value)) {
    errors.push(...schemaDiagnostics(validateRequest.errors, locate, (p) => fieldsAt(requestJsonSchema, p)));
  }
  const text = (key) => typeof value[key] === "string" ? value[key] : void 0;
  const profileName = text("profile");
  const requester = text("requester");
  checkPath(input.path, profileName, requester, fail);
  if (requester !== void 0 && input.author !== void 0) {
    const match = matchLogin(requester, input.author);
    if (match === "case-only")
      fail(
        "requester-case-mismatch",
        `requester "${requester}" must be written exactly as the author's login "${input.author}"`,
        ["requester"]
      );
    else if (match === "none")
      fail(
        "requester-not-author",
        `requester "${requester}" is not the pull request's author "${input.author}"`,
        ["requester"]
      );
  }
  const profile = profileName === void 0 ? void 0 : policy.profiles.get(profileName);
  if (profileName !== void 0 && !profile) {
    const known = [...policy.profiles.keys()].filter((p) => p.toLowerCase() === profileName.toLowerCase());
    fail(
      "unknown-profile",
      `profile "${profileName}" is not in the policy${known.length ? `; did you mean "${known[0]}"?` : ""}`,
      ["profile"]
    );
  }
  if (!profile) return { errors, warnings };
  let principal;
  if (requester !== void 0) {
    checkEligibility(requester, profileName, profile, policy.groups, input.teamMembers, fail, warn);
    principal = resolvePrincipal(requester, profile.grant, policy, fail);
  }
  const duration = checkDuration2(value.duration, profile, fail);
  const start = checkStart(value.start, profile, now, fail);
  checkJustification(value.justification, profile, fail);
  checkTicket(value.ticket, profile, fail);
  const extendsId = text("extends");
  if (extendsId !== void 0 && value.start !== void 0)
    fail("extends-with-start", "an extension starts when the grant it extends expires; remove `start`", [
      "start"
    ]);
  if (errors.length > 0 || principal === void 0 || duration === void 0 || start === void 0) {
    return { errors, warnings };
  }
  const autoUpTo = profile.approval.autoApprove ? parseDuration(profile.approval.autoApprove.upTo ?? "366d") : void 0;
  const auto = autoUpTo?.ok === true && duration <= autoUpTo.ms;
  return {
    errors,
    warnings,
    summary: {
      profile: profileName,
      requester,
      provider: profile.grant.provider,
      grant: profile.grant,
      principal,
      startsAt: start.at.toISOString(),
      expiresAt: new Date(start.at.getTime() + duration).toISOString(),
      duration: formatDuration(duration),
      scheduled: start.scheduled,
      justification: text("justification").trim(),
      ...text("ticket") !== void 0 ? { ticket: text("ticket") } : {},
      ...extendsId === void 0 ? {} : { extends: extendsId },
      approval: {
        auto,
        selfApproval: profile.approval.selfApproval === true,
        steps: auto ? [] : profile.approval.steps
      }
    }
  };
}
var REQUEST_FILE = /^requests\/([^/]+)\/([^/]+)\.ya?ml$/;
function checkPath(path, profile, requester, fail) {
  const control = pathControlCharacter(path);
  if (control) return void fail(control.code, control.message);
  const match = REQUEST_FILE.exec(path);
  if (!match) {
    fail(
      "not-a-request-path",
      `${path} is not a request file; requests live at requests/<profile>/<login>-<slug>.yaml`
    );
    return;
  }
  const [, folder, name] = match;
  if (profile !== void 0 && folder !== profile)
    fail(
      "wrong-folder",
      `a request for profile "${profile}" must be in requests/${profile}/, not requests/${folder}/`,
      ["profile"]
    );
  if (requester !== void 0 && !(name.startsWith(`${requester}-`) && name.length > requester.length + 1))
    fail(
      "file-name-mismatch",
      `the file name must start with the requester's login: ${requester}-<slug>.yaml`,
      ["requester"]
    );
}
function checkEligibility(requester, profileName, profile, groups, teamMembers, fail, warn) {
  let caseOnly;
  const unresolvedTeams = [];
  for (const groupName of profile.eligible) {
    const group = groups.get(groupName);
    if (!group) continue;
    const direct = group.memberIndex.find(requester);
    if (direct.match === "exact") return;
    if (direct.match === "case-only") caseOnly = direct.entry;
    for (const team of group.teams) {
      const members = teamMembers?.get(team);
      if (!members) {
        unresolvedTeams.push(team);
        continue;
      }
      const viaTeam = new LoginIndex(members).find(requester);
      if (viaTeam.match === "exact") return;
      if (viaTeam.match === "case-only") caseOnly = viaTeam.entry;
    }
  }
  if (caseOnly !== void 0) {
    fail(
      "login-case-mismatch",
      `"${requester}" is not eligible as written; the policy knows this login as "${caseOnly}"`,
      ["requester"]
    );
  } else if (unresolvedTeams.length > 0) {
    warn(
      "eligibility-unverified",
      `"${requester}" is not listed by name for "${profileName}"; eligibility through ${unresolvedTeams.join(", ")} is checked against GitHub`,
      ["requester"]
    );
  } else {
    fail(
      "not-eligible",
      `"${requester}" is not in any group eligible for "${profileName}" (${profile.eligible.join(", ")})`,
      ["requester"]
    );
  }
}
function resolvePrincipal(requester, grant, policy, fail) {
  const kind2 = IDENTITY_KIND[grant.provider];
  if (kind2 === "github") return requester;
  const entry = policy.identityIndex.find(requester);
  if (entry.match === "case-only") {
    fail("login-case-mismatch", `the identity map knows this login as "${entry.entry}", not "${requester}"`, [
      "requester"
    ]);
    return void 0;
  }
  const principal = entry.match === "exact" ? policy.identities.get(requester)?.[kind2] : void 0;
  if (!principal) {
    fail(
      "no-identity",
      `"${requester}" has no ${kind2} identity in the policy, which ${grant.provider} needs`,
      ["requester"]
    );
    return void 0;
  }
  if ((grant.provider === "aws-iam" || grant.provider === "aws-iam-managed") && principal.split(":")[4] !== grant.account) {
    fail(
      "identity-wrong-account",
      `${principal} is not in AWS account ${grant.account}, where this profile grants`,
      ["requester"]
    );
    return void 0;
  }
  return principal;
}
function checkDuration2(raw, profile, fail) {
  const max = parseDuration(profile.duration.max);
  if (raw === void 0) {
    const fallback = parseDuration(profile.duration.default);
    return fallback.ok ? fallback.ms : void 0;
  }
  if (typeof raw !== "string") return void 0;
  const parsed = parseDuration(raw);
  if (!parsed.ok) return void fail("duration-invalid", parsed.reason, ["duration"]);
  if (parsed.ms <= 0)
    return void fail("duration-not-positive", `${raw} is not a positive duration`, ["duration"]);
  if (max.ok && parsed.ms > max.ms)
    return void fail("duration-over-max", `${raw} exceeds the profile's maximum of ${profile.duration.max}`, [
      "duration"
    ]);
  return parsed.ms;
}
function checkStart(raw, profile, now, fail) {
  if (raw === void 0) return { at: now, scheduled: false };
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:\d{2})$/.test(raw)) return void 0;
  const at3 = new Date(raw);
  if (Number.isNaN(at3.getTime()) || !sameCalendarDate(raw, at3)) {
    return void fail("start-invalid", `${raw} is not a real date and time`, ["start"]);
  }
  if (!profile.schedule?.allowed)
    return void fail("start-not-allowed", "this profile does not allow a scheduled start", ["start"]);
  if (at3.getTime() < now.getTime())
    return void fail("start-in-past", `${raw} is in the past (now is ${now.toISOString()})`, ["start"]);
  const horizon = parseDuration(scheduleHorizon(profile));
  if (horizon.ok && at3.getTime() > now.getTime() + horizon.ms)
    return void fail("start-beyond-horizon", `${raw} is more than ${scheduleHorizon(profile)} ahead`, [
      "start"
    ]);
  return { at: at3, scheduled: true };
}
function sameCalendarDate(raw, parsed) {
  const [, y, m, d, offsetSign, oh, om] = /^(\d{4})-(\d{2})-(\d{2})T.*?(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(raw) ?? [];
  if (!y) return false;
  const offset = offsetSign ? (offsetSign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const local = new Date(parsed.getTime() + offset * 6e4);
  return local.getUTCFullYear() === Number(y) && local.getUTCMonth() + 1 === Number(m) && local.getUTCDate() === Number(d);
}
function checkJustification(raw, profile, fail) {
  if (typeof raw !== "string") return;
  const min = profile.justification?.minLength ?? DEFAULT_JUSTIFICATION_MIN;
  if (visibleLength(raw) < min)
    fail(
      "justification-too-short",
      `the justification has ${describeVisibleLength(raw)}; this profile needs at least ${min}`,
      ["justification"]
    );
}
function checkTicket(raw, profile, fail) {
  const rule = profile.ticket;
  if (raw === void 0) {
    if (rule?.required) fail("ticket-required", "this profile requires a ticket", [], "value");
    return;
  }
  if (typeof raw !== "string" || !rule?.pattern) return;
  let pattern;
  try {
    pattern = new RegExp(`^(?:${rule.pattern})$`, "u");
  } catch {
    return;
  }
  if (!pattern.test(raw))
    fail("ticket-invalid", `ticket "${raw}" does not match the profile's pattern ${rule.pattern}`, [
      "ticket"
    ]);
}

// src/commands/validate.ts
var isYaml = (path) => /\.ya?ml$/.test(path);
async function loadPolicy(files, policyDir) {
  const dir = policyDir.replace(/\/+$/, "");
  const paths = (await files.list(dir)).filter((p) => isYaml(p) && !p.startsWith(`${dir}/tests/`));
  if (paths.length === 0) throw new ConfigError(`no policy files in ${dir}/ (read from ${files.origin})`);
  const sources = [];
  const unreadable = [];
  for (const path of paths) {
    const read = await files.read(path, MAX_POLICY_BYTES);
    if (read.kind === "file") sources.push({ path, content: read.bytes });
    else unreadable.push({ file: path, ...readProblem(read, MAX_POLICY_BYTES) });
  }
  const compiled = compilePolicy(sources);
  return { ...compiled, errors: [...unreadable, ...compiled.errors], paths };
}
function readProblem(read, limit = MAX_YAML_BYTES) {
  const where = { line: 1, column: 1 };
  switch (read.kind) {
    case "too-large":
      return {
        code: "file-too-large",
        message: `the file is ${read.size} bytes; the limit is ${limit}`,
        ...where
      };
    case "missing":
      return { code: "file-missing", message: "the file does not exist", ...where };
    case "not-a-file":
      return {
        code: "not-a-regular-file",
        message: "not a regular file (symlinks and submodules are refused)",
        ...where
      };
  }
}

// src/commands/approvals.ts
import { createHash } from "node:crypto";

// src/adapters/git/ledger-store.ts
import { randomBytes } from "node:crypto";

// src/core/ledger/causes.ts
function pullsNamed(subject) {
  const merge = /^Merge pull request #(\d+) from /.exec(subject);
  if (merge) return [Number(merge[1])];
  const squash = /\(#(\d+)\)\s*$/.exec(subject);
  return squash ? [Number(squash[1])] : [];
}
function claimOf(record, held) {
  const pr = (value) => typeof value === "number" ? { pr: value } : {};
  if (record.event === "granted") {
    const entry = record.data.entry;
    if (!entry || typeof entry !== "object" || entry.approval?.mode === "break-glass") return void 0;
    return {
      path: String(entry.requestPath),
      ...pr(entry.pr),
      request: { profile: entry.profile, requester: entry.requester },
      at: record.at,
      what: "granted"
    };
  }
  if (record.event === "extended") {
    const extension = record.data.extension;
    if (!extension || typeof extension !== "object") return void 0;
    return {
      path: String(extension.requestPath),
      ...pr(extension.pr),
      ...held ? { request: { profile: held.profile, requester: held.requester, extends: record.grant } } : {},
      at: record.at,
      what: "extended"
    };
  }
  if (record.event === "revoked")
    return { path: String(record.data.requestPath), ...pr(record.data.pr), at: record.at, what: "revoked" };
  return void 0;
}
function judge(claim, index, maxSkewMs) {
  const file = index.added.get(claim.path);
  if (!file) {
    const newer = Date.parse(claim.at) > index.headTime;
    return {
      code: "no-cause",
      message: `${claim.what}, naming ${claim.path}, which no first-parent commit of ${index.ref} added: no merged pull request caused it${newer ? ` (the record is newer than ${index.ref}: fetch the default branch if it merged since)` : ""}`
    };
  }
  const where = `${claim.path} was added by ${file.commit.slice(0, 12)}`;
  if (file.pulls.length > 0 && (claim.pr === void 0 || !file.pulls.includes(claim.pr)))
    return {
      code: "cause-mismatch",
      message: `${claim.what} ${claim.pr === void 0 ? "naming no pull request" : `in pull request #${claim.pr}`}, but ${where}, the merge of #${file.pulls.join(", #")}`
    };
  if (file.time > Date.parse(claim.at) + maxSkewMs)
    return {
      code: "cause-mismatch",
      message: `${claim.what} at ${claim.at}, before ${where} at ${new Date(file.time).toISOString()}`
    };
  if (claim.request && file.request) {
    const says = file.request;
    const expected = claim.request;
    if (says.profile !== expected.profile || says.requester !== expected.requester)
      return {
        code: "cause-mismatch",
        message: `${claim.what} for ${expected.requester} (${expected.profile}), but ${claim.path} asks for ${says.requester ?? "nobody"} (${says.profile ?? "no profile"})`
      };
    if (says.extends !== expected.extends)
      return {
        code: "cause-mismatch",
        message: expected.extends === void 0 ? `granted from ${claim.path}, which extends ${says.extends} rather than asking for new access` : `extended from ${claim.path}, which ${says.extends === void 0 ? "extends nothing" : `extends ${says.extends}`}`
      };
  }
  return void 0;
}
function causeProblem(record, held, index, maxSkewMs = MAX_CLOCK_SKEW_MS) {
  const claim = claimOf(record, held);
  return claim ? judge(claim, index, maxSkewMs) : void 0;
}
function heldWithoutCause(entries, index, maxSkewMs = MAX_CLOCK_SKEW_MS) {
  const out = [];
  const settled = (iso) => Date.parse(iso) + maxSkewMs <= index.headTime;
  for (const entry of entries) {
    if (entry.approval?.mode !== "break-glass" && settled(entry.startsAt)) {
      const problem = judge(
        {
          path: entry.requestPath,
          ...entry.pr === void 0 ? {} : { pr: entry.pr },
          request: { profile: entry.profile, requester: entry.requester },
          at: entry.startsAt,
          what: "granted"
        },
        index,
        maxSkewMs
      );
      if (problem) {
        out.push({ entry, problem });
        continue;
      }
    }
    for (const extension of entry.extensions ?? []) {
      if (!settled(extension.from)) break;
      const problem = judge(
        {
          path: extension.requestPath,
          ...extension.pr === void 0 ? {} : { pr: extension.pr },
          request: { profile: entry.profile, requester: entry.requester, extends: entry.id },
          at: extension.from,
          what: "extended"
        },
        index,
        maxSkewMs
      );
      if (problem) {
        out.push({ entry, problem, causedExpiry: extension.from });
        break;
      }
    }
  }
  return out;
}

// src/core/ledger/follows.ts
var REQUEST_FILE2 = /^requests\/([^/]+)\/([^/]+)\.ya?ml$/;
var REVOKE_FILE2 = /^revokes\/(gj-[0-9a-f]{20})\.ya?ml$/;
function requestPathProblem(path, profile, requester) {
  if (typeof path !== "string") return "names no request file";
  const match = REQUEST_FILE2.exec(path);
  if (!match) return `${JSON.stringify(path)} is not a request file`;
  const [, folder, name] = match;
  if (folder !== profile) return `${JSON.stringify(path)} is not in the folder of profile ${profile}`;
  if (!(name.startsWith(`${requester}-`) && name.length > requester.length + 1))
    return `${JSON.stringify(path)} is not a request of ${requester}`;
  return void 0;
}
function followsProblem(record, held) {
  const data = record.data;
  switch (record.event) {
    case "scheduled":
    case "apply-started":
    case "granted": {
      const entry = data.entry;
      if (!entry || typeof entry !== "object") return void 0;
      if (entry.approval?.mode === "break-glass") return void 0;
      const expected = grantId(
        String(entry.requestPath),
        typeof entry.pr === "number" ? entry.pr : void 0
      );
      if (expected !== record.grant)
        return `${record.grant} is not the id its request file and pull request give (${expected})`;
      const path = requestPathProblem(entry.requestPath, entry.profile, entry.requester);
      if (path) return `the grant ${path}`;
      if (!(Date.parse(entry.startsAt) < Date.parse(entry.expiresAt)))
        return `the grant ends (${entry.expiresAt}) before it starts (${entry.startsAt})`;
      return void 0;
    }
    case "expired":
      if (held && Date.parse(record.at) < Date.parse(held.expiresAt))
        return `recorded as expired at ${record.at}, before its expiry ${held.expiresAt}`;
      return void 0;
    case "extended": {
      const extension = data.extension;
      if (!held || !extension || typeof extension !== "object") return void 0;
      if (!(Date.parse(extension.to) > Date.parse(extension.from)))
        return `extended from ${extension.from} to ${extension.to}, which is not later`;
      const path = requestPathProblem(extension.requestPath, held.profile, held.requester);
      return path ? `the extension ${path}` : void 0;
    }
    case "revoked": {
      const path = data.requestPath;
      const match = typeof path === "string" ? REVOKE_FILE2.exec(path) : null;
      if (!match) return `names no revoke file (${JSON.stringify(path)})`;
      if (match[1] !== record.grant) return `names the revoke file of another grant (${String(path)})`;
      return void 0;
    }
    default:
      return void 0;
  }
}

// src/core/ledger/verify.ts
var isBlocking = (problem) => problem.code !== "not-ended";
function approvalProblem(approval) {
  if (!approval || typeof approval !== "object") return "no approval recorded";
  switch (approval.mode) {
    case "reviewed":
      if (!Array.isArray(approval.approvers) || approval.approvers.length === 0)
        return "reviewed, but no approver recorded";
      if (approval.approvers.some((a) => typeof a?.login !== "string" || a.login === ""))
        return "an approver without a login";
      return void 0;
    case "auto":
    case "self":
      return void 0;
    case "break-glass":
      return approval.reason ? void 0 : "break-glass without a reason";
    default:
      return "unknown approval mode";
  }
}
function verifyLedger(input) {
  const keys = input.keys ?? [];
  const maxSkew = input.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const signing = { keys: keys.length, signed: 0, before: 0 };
  const { records, broken } = readChain(input.auditFiles);
  const early = (problem) => ({
    records: records.length,
    grants: 0,
    problems: [problem],
    signing,
    verified: verifiedBefore(records, problem.seq ?? records.length + 1)
  });
  if (broken) return early(broken);
  const rewritten = anchorProblem(records, input.anchors ?? []);
  if (rewritten) return early(rewritten);
  const problems = [];
  const entries = /* @__PURE__ */ new Map();
  const grantedAt = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Set();
  const signingFrom = keys.length > 0 ? Math.min(...keys.map((k) => k.from)) : void 0;
  const future = input.now.getTime() + maxSkew;
  let signedSeen = false;
  let pending = [];
  let causesChecked = 0;
  for (const located of records) {
    const { record } = located;
    const where = { file: located.file, line: located.line, seq: record.seq, grant: record.grant };
    const add = (code, message) => problems.push({ ...where, code, message });
    if (record.grant !== GOVERNANCE_SUBJECT) ids.add(record.grant);
    if (record.seal) {
      const bad = signatureProblem(record, keys);
      if (bad) add(bad.code, bad.message);
      else {
        signing.signed += 1;
        signedSeen = true;
        if (record.seal.time && Date.parse(record.at) > Date.parse(record.seal.time) + maxSkew)
          add(
            "clock-ahead",
            `dated ${record.at}, more than ${maxSkew / 6e4} minutes after its writer's trusted time ${record.seal.time}`
          );
      }
      pending = [];
    } else if (record.v === 1 && (signedSeen || signingFrom !== void 0 && Date.parse(record.at) >= signingFrom))
      add("unsigned", unsignedMessage(signedSeen, signingFrom));
    else if (record.v === 2) pending.push(located);
    else signing.before += 1;
    if (Date.parse(record.at) > future)
      add(
        "future-dated",
        `dated ${record.at}, more than ${maxSkew / 6e4} minutes after ${input.now.toISOString()}`
      );
    const held = entries.get(record.grant);
    const approvalIssue = approvalOf(record.event, record.data, held);
    if (approvalIssue) add("no-approval", approvalIssue);
    const follows = followsProblem(record, held);
    if (follows) add("does-not-follow", follows);
    if (input.causes) {
      const cause = causeProblem(record, held, input.causes, maxSkew);
      if (["granted", "extended", "revoked"].includes(record.event)) causesChecked += 1;
      if (cause) add(cause.code, cause.message);
    }
    const misfit = foldEvent(entries, record, record.at);
    if (misfit) add("does-not-fit", misfit);
    if (record.event === "granted" || record.event === "break-glass" || record.event === "apply-started")
      grantedAt.set(record.grant, located);
  }
  for (const located of pending)
    problems.push({
      file: located.file,
      line: located.line,
      seq: located.record.seq,
      grant: located.record.grant,
      code: "unsigned",
      message: "no signature covers it: the commit that added it is not sealed by the ledger's writer"
    });
  const deadline = input.now.getTime() - input.graceMs;
  for (const entry of entries.values()) {
    if (Date.parse(entry.expiresAt) > deadline) continue;
    const located = grantedAt.get(entry.id);
    problems.push({
      file: located?.file ?? "audit",
      line: located?.line ?? 0,
      seq: located?.record.seq,
      grant: entry.id,
      code: "not-ended",
      message: `expired at ${entry.expiresAt} but no revoke or expiry is recorded (state: ${entry.state})`
    });
  }
  problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  problems.push(...activeFileProblems(entries, input.activeFiles));
  const first = problems.find(isBlocking);
  return {
    records: records.length,
    grants: ids.size,
    problems,
    signing,
    ...input.causes ? { causes: { ref: input.causes.ref, checked: causesChecked } } : {},
    ...first ? {
      verified: first.seq === void 0 ? { seq: records.length, entries } : verifiedBefore(records, first.seq)
    } : {}
  };
}
function unsignedMessage(signedSeen, signingFrom) {
  return signedSeen ? "not signed, though signing had begun: it was not written by the ledger's writer" : `not signed, though it is dated after signing began (${new Date(signingFrom).toISOString()}, the policy's first ledger key): it was not written by the ledger's writer`;
}
function verifiedBefore(records, seq) {
  const before = records.filter((r) => r.record.seq < seq).map((r) => r.record);
  return { seq: before.at(-1)?.seq ?? 0, entries: replay(before).entries };
}
function anchorProblem(records, anchors) {
  for (const anchor of anchors) {
    const located = records[anchor.seq - 1];
    if (located && located.record.hash === anchor.hash) continue;
    const where = located ? { file: located.file, line: located.line, seq: anchor.seq, grant: located.record.grant } : { file: "audit", line: 0, seq: anchor.seq };
    return {
      ...where,
      code: located ? "rewritten" : "records-missing",
      message: located ? `differs from the record commit ${anchor.commit.slice(0, 12)} made (the log was rewritten at or before this record)` : `commit ${anchor.commit.slice(0, 12)} recorded ${anchor.seq} records, but the log has only ${records.length}`
    };
  }
  return void 0;
}
function approvalOf(event, data, held) {
  if (event === "granted" || event === "break-glass") {
    const entry = data.entry;
    const issue = approvalProblem(entry?.approval);
    if (issue) return issue;
    if (event === "break-glass" && entry?.approval.mode !== "break-glass")
      return "a break-glass grant not marked as such";
    if (event === "granted" && entry?.approval.mode === "break-glass")
      return "a break-glass approval on an ordinary grant";
    if (entry?.approval.mode === "self") return "a grant cannot approve itself";
    return void 0;
  }
  if (event === "extended") {
    const extension = data.extension;
    const issue = approvalProblem(extension?.approval);
    if (issue) return issue;
    if (extension?.approval?.mode === "self") return "an extension cannot approve itself";
    if (extension?.approval?.mode === "break-glass") return "a break-glass approval on an extension";
    return void 0;
  }
  if (event === "revoked") {
    const approval = data.approval;
    const issue = approvalProblem(approval);
    if (issue) return issue;
    if (approval?.mode === "auto" || approval?.mode === "break-glass")
      return `a revoke approved as ${approval.mode}: a revoke is its requester's own or reviewed`;
    if (approval?.mode === "self" && held && data.by !== held.requester)
      return `revoked without approval by ${String(data.by)}, who is not the grant's requester`;
  }
  return void 0;
}
function activeFileProblems(entries, files) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of files) {
    const id = file.path.slice(ACTIVE_DIR.length + 1).replace(/\.json$/, "");
    seen.add(id);
    const where = { file: file.path, line: 1, grant: id };
    const expected = entries.get(id);
    if (!expected) {
      problems.push({ ...where, code: "not-held", message: "an active grant file the log does not hold" });
      continue;
    }
    let stored;
    try {
      stored = JSON.parse(file.text);
    } catch {
      problems.push({ ...where, code: "unreadable", message: "not JSON" });
      continue;
    }
    if (!sameJson(stored, expected))
      problems.push({ ...where, code: "differs", message: "differs from what the log says of this grant" });
  }
  for (const id of entries.keys())
    if (!seen.has(id))
      problems.push({
        file: `${ACTIVE_DIR}/${id}.json`,
        line: 0,
        grant: id,
        code: "missing",
        message: "held according to the log, but its active file is missing"
      });
  return problems;
}
function sameJson(a, b) {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

// src/adapters/crash-points.ts
import { appendFileSync } from "node:fs";
var reached = /* @__PURE__ */ new Map();
function crashPoint(name) {
  const trace = process.env.GITJIT_TEST_CRASH_TRACE;
  const at3 = process.env.GITJIT_TEST_CRASH_AT;
  if (!trace && !at3) return;
  const n = (reached.get(name) ?? 0) + 1;
  reached.set(name, n);
  if (trace) appendFileSync(trace, `${name}:${n}
`);
  if (at3 === `${name}:${n}`) process.kill(process.pid, "SIGKILL");
}

// src/adapters/git/git.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
  constructor(message, exitCode, stderr, stdout) {
    super(message);
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
  exitCode;
  stderr;
  stdout;
};
function runGit(cwd, args, input, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
async function git(cwd, args, input, env) {
  const result = await runGit(cwd, args, input, env);
  if (result.code !== 0)
    throw new GitError(
      `git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`,
      result.code,
      result.stderr,
      result.stdout.toString("utf8")
    );
  return result.stdout.toString("utf8");
}
async function resolveRef(cwd, ref) {
  const result = await runGit(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : void 0;
}
async function listTree(cwd, commit, paths) {
  const out = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths]);
  const entries = [];
  for (const record of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, type, object, path] = match;
    if (type === "blob") entries.push({ mode, type, object, path });
  }
  return entries;
}
async function readBlobs(cwd, objects) {
  const blobs = /* @__PURE__ */ new Map();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return blobs;
  const result = await runGit(cwd, ["cat-file", "--batch"], `${wanted.join("\n")}
`);
  if (result.code !== 0)
    throw new GitError(`git cat-file failed: ${result.stderr.trim()}`, result.code, "", "");
  const out = result.stdout;
  let offset = 0;
  for (const object of wanted) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString("utf8");
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) throw new GitError(`git cat-file: cannot read ${object}: ${header}`, null, "", "");
    const size = Number(match[3]);
    blobs.set(object, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return blobs;
}
async function parentsOf(cwd, commit) {
  const out = await git(cwd, ["rev-list", "--parents", "-n", "1", commit, "--"]);
  return out.trim().split(/\s+/).slice(1);
}

// src/adapters/git/ledger-store.ts
var DEFAULT_LEDGER_BRANCH = "gitjit-ledger";
var BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
var REMOTE = /^[A-Za-z0-9._-]{1,100}$/;
var GitLedgerStore = class {
  constructor(options) {
    this.options = options;
    if (!BRANCH.test(options.branch) || options.branch.startsWith("-"))
      throw new LedgerError(`"${options.branch}" is not a usable branch name`, "ledger-config");
    if (options.remote !== void 0 && !REMOTE.test(options.remote))
      throw new LedgerError(`"${options.remote}" is not a usable remote name`, "ledger-config");
    this.location = options.remote === void 0 ? `branch ${options.branch}` : `branch ${options.branch} on ${options.remote}`;
  }
  options;
  location;
  /** Active files already read, by blob: the entry, and the sha256 of the bytes. */
  entryCache = /* @__PURE__ */ new Map();
  /** Commits verified, or written by this store on top of one that was. */
  trusted = /* @__PURE__ */ new Set();
  /** The ref the ledger is read from: the remote-tracking ref when there is a remote. */
  get readRef() {
    const { remote, branch } = this.options;
    return remote === void 0 ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`;
  }
  async read() {
    const base = await this.fetch();
    const snapshot = await this.snapshot(base);
    await this.verify(snapshot);
    return snapshot;
  }
  async contents(options = {}) {
    const commit = await resolveRef(this.options.repo, this.readRef);
    if (!commit) return { auditFiles: [], activeFiles: [] };
    return this.contentsOf(commit, options.anchors !== false);
  }
  async contentsOf(commit, anchors) {
    const entries = await listTree(this.options.repo, commit, ["audit", ACTIVE_DIR]);
    const blobs = await readBlobs(
      this.options.repo,
      entries.map((e) => e.object)
    );
    const file = (e) => ({
      path: e.path,
      text: blobs.get(e.object).toString("utf8")
    });
    return {
      commit,
      auditFiles: entries.filter((e) => e.path.startsWith("audit/")).map(file),
      activeFiles: entries.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`)).map(file),
      ...anchors ? { anchors: await this.anchors(commit) } : {}
    };
  }
  /**
   * Verifies the commit a snapshot was read from, unless this store already did or made it: its
   * seal when it is a signed writer's own commit, else the whole ledger. Throws LedgerUnverified.
   */
  async verify(snapshot) {
    const commit = snapshot.commit;
    if (commit === void 0 || this.trusted.has(commit)) return;
    const trust = this.options.trust ?? { keys: [] };
    const maxSkewMs = trust.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
    const now = trust.trustedNow?.() ?? this.options.now();
    if (trust.keys.length > 0) {
      const tip = sealedTip(
        {
          commit,
          parents: await parentsOf(this.options.repo, commit),
          ...snapshot.lastAuditFile ? { lastAuditFile: snapshot.lastAuditFile } : {},
          activeHashes: snapshot.activeHashes ?? /* @__PURE__ */ new Map()
        },
        trust.keys,
        now,
        maxSkewMs
      );
      if (tip.ok) {
        this.trusted.add(commit);
        return;
      }
    }
    const result = verifyLedger({
      ...await this.contentsOf(commit, true),
      now,
      // A grant past its expiry is the sweep's to end, not a reason to stop.
      graceMs: Number.MAX_SAFE_INTEGER,
      keys: trust.keys,
      maxSkewMs
    });
    const blocking = result.problems.filter(isBlocking);
    if (blocking.length > 0)
      throw new LedgerUnverified(
        this.location,
        commit,
        blocking,
        result.verified ?? { seq: result.records, entries: /* @__PURE__ */ new Map() },
        snapshot.entries
      );
    this.trusted.add(commit);
  }
  /** The Gitjit-Audit-Seq and Gitjit-Audit-Hash trailers of every commit on the branch. */
  async anchors(commit) {
    const format = "%H%x1f%(trailers:key=Gitjit-Audit-Seq,valueonly,separator=%x2C)%x1f%(trailers:key=Gitjit-Audit-Hash,valueonly,separator=%x2C)%x1e";
    const out = await git(this.options.repo, ["log", `--format=${format}`, commit, "--"]);
    const anchors = [];
    for (const record of out.split("")) {
      const [sha, seq, hash] = record.trim().split("");
      const last = /^(\d+)-(\d+)$/.exec(seq?.trim() ?? "");
      if (!sha || !last || !/^[0-9a-f]{64}$/.test(hash?.trim() ?? "")) continue;
      anchors.push({ commit: sha, seq: Number(last[2]), hash: hash.trim() });
    }
    return anchors.reverse();
  }
  /**
   * Throws unless this store may write: with a signer when the policy lists ledger keys, and with a
   * clock that agrees with the run's trusted time. Writers call it before they act, not only before
   * they record.
   */
  assertWritable() {
    const trust = this.options.trust;
    if (trust && trust.keys.length > 0 && !trust.signer)
      throw new LedgerError(
        trust.signerProblem ?? "the policy lists ledger keys (ledger.keys), so every record must be signed: give the writer the current key's private half in GITJIT_LEDGER_SIGNING_KEY",
        "ledger-signing-key"
      );
    if (trust?.trustedNow) {
      const off = clockProblem(this.options.now(), trust.trustedNow(), trust.maxSkewMs);
      if (off) throw new LedgerError(off.message, off.code);
    }
  }
  async update(decide) {
    const attempts = this.options.attempts ?? 12;
    const backoff = this.options.backoff ?? { baseMs: 200, maxMs: 5e3 };
    const trust = this.options.trust;
    this.assertWritable();
    for (let attempt = 1; ; attempt++) {
      const base = await this.fetch();
      const snapshot = await this.snapshot(base);
      await this.verify(snapshot);
      const drafts = await decide(snapshot);
      if (drafts.length === 0) return { records: [], attempts: attempt };
      const plan = planCommit(snapshot, drafts, this.options.now(), {
        ...trust?.trustedNow ? { trustedNow: trust.trustedNow() } : {},
        ...trust?.maxSkewMs === void 0 ? {} : { maxSkewMs: trust.maxSkewMs },
        ...trust?.signer ? { seal: { signer: trust.signer, ...base ? { base } : {} } } : {}
      });
      crashPoint("before-ledger-commit");
      const commit = await this.writeCommit(base, plan);
      crashPoint("after-ledger-commit");
      if (await this.publish(base, commit)) {
        this.trusted.add(commit);
        return { records: plan.records, commit, attempts: attempt };
      }
      if (attempt >= attempts)
        throw new LedgerError(
          `could not record in the ledger (${this.location}): other writers kept moving it (${attempts} attempts)`,
          "ledger-contended"
        );
      const random = this.options.random ?? Math.random;
      await (this.options.sleep ?? defaultSleep)(backoffDelay(attempt, backoff, random));
    }
  }
  /** Brings the remote's branch in (when there is a remote) and returns the commit to build on. */
  async fetch() {
    const { repo, remote, branch } = this.options;
    if (remote === void 0) return resolveRef(repo, this.readRef);
    const result = await runGit(
      repo,
      [
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        remote,
        `+refs/heads/${branch}:${this.readRef}`
      ],
      void 0,
      this.options.remoteEnv
    );
    if (result.code === 0) return resolveRef(repo, this.readRef);
    if (/couldn't find remote ref/i.test(result.stderr)) {
      if (await resolveRef(repo, this.readRef))
        throw new LedgerError(
          `the ledger branch ${branch} has disappeared from ${remote}; refusing to start a new one`,
          "ledger-branch-missing"
        );
      return void 0;
    }
    throw new LedgerError(
      `cannot fetch the ledger from ${remote}: ${firstLine2(result.stderr)}`,
      "ledger-fetch-failed"
    );
  }
  async snapshot(commit) {
    if (!commit) return { entries: /* @__PURE__ */ new Map() };
    const { repo } = this.options;
    const tree = await listTree(repo, commit, ["audit", ACTIVE_DIR]);
    const active = tree.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`) && e.path.endsWith(".json"));
    const auditPaths = tree.filter((e) => /^audit\/\d{4}\/\d{2}\.jsonl$/.test(e.path)).sort((a, b) => a.path < b.path ? -1 : 1);
    const last = auditPaths.at(-1);
    const unread = active.filter((e) => !this.entryCache.has(e.object)).map((e) => e.object);
    const blobs = await readBlobs(repo, last ? [...unread, last.object] : unread);
    const entries = /* @__PURE__ */ new Map();
    const activeHashes = /* @__PURE__ */ new Map();
    for (const e of active) {
      let cached = this.entryCache.get(e.object);
      if (!cached) {
        const bytes = blobs.get(e.object);
        cached = { entry: parseEntry(bytes), hash: fileHash(bytes) };
        this.entryCache.set(e.object, cached);
      }
      if (cached.entry) entries.set(cached.entry.id, cached.entry);
      activeHashes.set(e.path, cached.hash);
    }
    if (!last) return { commit, entries, activeHashes };
    const lastAuditFile = { path: last.path, text: blobs.get(last.object).toString("utf8") };
    return { commit, entries, tip: tipOf(lastAuditFile), lastAuditFile, activeHashes };
  }
  /** One commit on top of `base` with the plan's files, made without touching any work tree. */
  async writeCommit(base, plan) {
    const { repo } = this.options;
    const who = this.options.committer ?? { name: "gitjit", email: "gitjit@users.noreply.github.com" };
    const when = `${Math.floor(this.options.now().getTime() / 1e3)} +0000`;
    const temp = `refs/gitjit/tmp/${randomBytes(8).toString("hex")}`;
    const data = (text) => `data ${Buffer.byteLength(text)}
${text}
`;
    const stream = [
      `commit ${temp}
`,
      `committer ${who.name} <${who.email}> ${when}
`,
      data(plan.message),
      base ? `from ${base}
` : "",
      ...plan.changes.map(
        (c) => c.content === void 0 ? `D ${c.path}
` : `M 100644 inline ${c.path}
${data(c.content)}`
      ),
      "\ndone\n"
    ].join("");
    await git(repo, ["fast-import", "--quiet", "--done", "--date-format=raw"], stream);
    const commit = await resolveRef(repo, temp);
    await git(repo, ["update-ref", "-d", temp]);
    if (!commit) throw new LedgerError("git fast-import wrote no commit", "ledger-write-failed");
    return commit;
  }
  /** Publishes `commit` if the ledger is still at `base`; false when another writer moved it first. */
  async publish(base, commit) {
    const { repo, remote, branch } = this.options;
    if (remote === void 0) {
      const result2 = await runGit(repo, ["update-ref", this.readRef, commit, base ?? "0".repeat(40)]);
      if (result2.code === 0) crashPoint("after-ledger-push");
      return result2.code === 0;
    }
    const result = await runGit(
      repo,
      ["push", "--porcelain", "--quiet", remote, `${commit}:refs/heads/${branch}`],
      void 0,
      this.options.remoteEnv
    );
    if (result.code === 0) {
      crashPoint("after-ledger-push");
      await git(repo, ["update-ref", this.readRef, commit]);
      return true;
    }
    const now = await this.remoteHead();
    if (now !== base) return false;
    const reason = result.stdout.toString("utf8").match(/^!\t[^\t]*\t(.*)$/m)?.[1] ?? firstLine2(result.stderr);
    throw new LedgerError(
      `${remote} refused the ledger commit on ${branch}: ${reason}`,
      "ledger-push-refused"
    );
  }
  async remoteHead() {
    const { repo, remote, branch } = this.options;
    const out = await git(
      repo,
      ["ls-remote", "--heads", remote, `refs/heads/${branch}`],
      void 0,
      this.options.remoteEnv
    ).catch((error) => {
      if (error instanceof GitError)
        throw new LedgerError(`cannot reach ${remote}: ${firstLine2(error.stderr)}`, "ledger-fetch-failed");
      throw error;
    });
    return out.split("	")[0]?.trim() || void 0;
  }
};
function parseEntry(bytes) {
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    return typeof value === "object" && value !== null && typeof value.id === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function tipOf(file) {
  const text = file.text.replace(/\n+$/, "");
  if (text === "") return void 0;
  const last = text.slice(text.lastIndexOf("\n") + 1);
  let record;
  try {
    record = JSON.parse(last);
  } catch {
    return void 0;
  }
  return { seq: record.seq, hash: record.hash, at: record.at };
}
var firstLine2 = (text) => text.trim().split("\n")[0] ?? "";
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/core/approval/matching.ts
function assignApprovers(eligible, seats) {
  const seatStep = seats.flatMap((n, step) => Array.from({ length: n }, () => step));
  const seatHolder = seatStep.map(() => void 0);
  const personSeat = eligible.map(() => void 0);
  const tryPlace = (person, visited) => {
    const steps = eligible[person] ?? [];
    for (let seat = 0; seat < seatStep.length; seat++) {
      if (!steps.includes(seatStep[seat]) || visited.has(seat)) continue;
      visited.add(seat);
      const holder = seatHolder[seat];
      if (holder === void 0 || tryPlace(holder, visited)) {
        seatHolder[seat] = person;
        personSeat[person] = seat;
        return true;
      }
    }
    return false;
  };
  for (let person = 0; person < eligible.length; person++) tryPlace(person, /* @__PURE__ */ new Set());
  return personSeat.map((seat) => seat === void 0 ? void 0 : seatStep[seat]);
}

// src/core/approval/engine.ts
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var short = (sha) => (sha ?? "unknown").slice(0, 7);
var lower = (s) => s.toLowerCase();
var isBot = (login, bot) => bot || login.endsWith("[bot]");
function latestReviews(reviews) {
  const ordered = reviews.filter((r) => DECISIVE.has(r.state)).map((r, index) => ({ r, index })).sort((a, b) => {
    const at3 = (a.r.submittedAt ?? "").localeCompare(b.r.submittedAt ?? "");
    return at3 !== 0 ? at3 : a.r.id - b.r.id || a.index - b.index;
  });
  const latest = /* @__PURE__ */ new Map();
  for (const { r } of ordered) latest.set(r.userId !== void 0 ? `id:${r.userId}` : lower(r.login), r);
  return [...latest.values()];
}
var DELETED_ACCOUNT = "ghost";
function standingVeto(review, dismissals, author) {
  const { login } = review;
  const until = `it blocks until ${login} approves the latest commit`;
  const records = dismissals.filter((d) => d.reviewId === review.id);
  if (records.length === 0)
    return `${login}'s review was dismissed, but GitHub records no dismissal of it, so neither who dismissed it nor what it was can be found; taken as a change request, ${until}`;
  for (const { by, state } of records) {
    if (state.toUpperCase() !== "CHANGES_REQUESTED") continue;
    if (!by || lower(by.login) === DELETED_ACCOUNT)
      return `${login} requested changes and the review was dismissed, but GitHub does not say by whom; a change request stands unless someone other than the author dismissed it, so ${until}`;
    if (lower(by.login) === lower(author))
      return `${login} requested changes and ${by.login}, who wrote the pull request, dismissed that review; the author cannot lift a change request, so ${until}`;
    if (isBot(by.login, by.bot))
      return `${login} requested changes and ${by.login} dismissed that review; a bot cannot lift a change request (a workflow the author can change may act as one), so ${until}`;
  }
  return void 0;
}
function stepsFor(login, bot, steps, groups, teamMembers) {
  const me = lower(login);
  const inGroup = (name) => {
    const group = groups.get(name);
    if (!group) return false;
    if (group.members.some((m) => lower(m) === me)) return true;
    if (isBot(login, bot)) return false;
    return group.teams.some((team) => (teamMembers.get(team) ?? []).some((m) => lower(m) === me));
  };
  return steps.flatMap((step, i) => step.groups.some(inGroup) ? [i] : []);
}
function evaluateApproval(rule, context) {
  const steps = rule.steps;
  if (rule.auto) return { satisfied: true, auto: true, steps: [], blockedBy: [], ignored: [], missing: [] };
  const ignored = [];
  const blockedBy = [];
  const vetoes = [];
  const candidates = [];
  const ignore = (login, code, message) => ignored.push({ login, code, message });
  const canWrite = (login) => context.writeAccess.get(lower(login)) === true;
  const author = lower(context.author);
  for (const review of latestReviews(context.reviews)) {
    const { login } = review;
    const mine = stepsFor(login, review.bot, steps, context.groups, context.teamMembers);
    const approving = review.state === "APPROVED";
    const verb = approving ? "approved" : review.state === "DISMISSED" ? "had a review dismissed" : "requested changes";
    if (lower(login) === author) {
      if (!rule.selfApproval)
        ignore(
          login,
          "self-approval",
          `${login} ${verb} but wrote the pull request; the author never counts`
        );
      continue;
    }
    if (mine.length === 0) {
      if (isBot(login, review.bot))
        ignore(
          login,
          "bot-not-named",
          `${login} ${verb} but is a bot, and bots count only when a group names them`
        );
      else
        ignore(
          login,
          "not-an-approver",
          `${login} ${verb} but is not in ${groupList(steps.flatMap((s) => s.groups))}`
        );
      continue;
    }
    if (!isBot(login, review.bot) && !canWrite(login)) {
      ignore(
        login,
        "no-write-access",
        `${login} ${verb} but cannot write to the repository, so does not count`
      );
      continue;
    }
    const veto = review.state === "CHANGES_REQUESTED" ? `${login} requested changes; that blocks until ${login} approves the latest commit` : review.state === "DISMISSED" ? standingVeto(review, context.dismissals, context.author) : void 0;
    if (veto !== void 0) {
      blockedBy.push(login);
      vetoes.push(veto);
    } else if (approving && review.commitId !== context.headSha)
      ignore(
        login,
        "stale-approval",
        `${login} approved commit ${short(review.commitId)}, not the latest commit ${short(context.headSha)}; approve again`
      );
    else if (approving) candidates.push({ login, steps: mine });
  }
  if (rule.selfApproval && canWrite(context.author)) {
    const mine = stepsFor(context.author, false, steps, context.groups, context.teamMembers);
    if (mine.length > 0) candidates.push({ login: context.author, steps: mine });
  }
  const assigned = assignApprovers(
    candidates.map((c) => c.steps),
    steps.map((s) => s.count)
  );
  const tallies = steps.map((s) => ({
    groups: s.groups,
    count: s.count,
    approvedBy: [],
    missing: 0
  }));
  candidates.forEach((c, i) => {
    const step = assigned[i];
    if (step !== void 0) tallies[step]?.approvedBy.push(c.login);
    else
      ignore(c.login, "not-needed", `${c.login} approved, but the steps ${c.login} can fill are already met`);
  });
  const missing = [];
  tallies.forEach((t, i) => {
    t.missing = t.count - t.approvedBy.length;
    if (t.missing <= 0) return;
    const elsewhere = candidates.flatMap((c, k) => {
      const step = assigned[k];
      return c.steps.includes(i) && step !== void 0 && step !== i ? [`${c.login} already counts toward step ${step + 1}`] : [];
    });
    missing.push(
      `step ${i + 1}${steps.length > 1 ? ` of ${steps.length}` : ""}: ${t.missing} more approval${t.missing === 1 ? "" : "s"} of the latest commit from ${groupList(t.groups)}` + (elsewhere.length > 0 ? ` (${elsewhere.join("; ")}, and one person counts toward one step only)` : "")
    );
  });
  missing.push(...vetoes);
  return {
    satisfied: steps.length > 0 && missing.length === 0,
    auto: false,
    steps: tallies,
    blockedBy,
    ignored,
    missing
  };
}
function groupList(names) {
  const unique2 = [...new Set(names)];
  if (unique2.length <= 1) return `group ${unique2[0] ?? "(none)"}`;
  return `groups ${unique2.slice(0, -1).join(", ")} or ${unique2[unique2.length - 1]}`;
}

// src/core/approval/any-of.ts
function evaluateAnyOf(alternatives, context) {
  for (const alternative of alternatives) alternative.verdict = evaluateApproval(alternative.rule, context);
  const met = alternatives.find((a) => a.verdict?.satisfied);
  if (met?.verdict) return met.verdict;
  if (alternatives.length === 0)
    return {
      satisfied: false,
      auto: false,
      steps: [],
      blockedBy: [],
      ignored: [],
      missing: [
        "the policy names nobody who may approve this (no approval steps in the profile, and no admins)"
      ]
    };
  const verdicts = alternatives.map((a) => a.verdict);
  return {
    satisfied: false,
    auto: false,
    steps: verdicts[0]?.steps ?? [],
    blockedBy: [...new Set(verdicts.flatMap((v) => v.blockedBy))],
    // A review is ignored only when no alternative counted it.
    ignored: (verdicts[0]?.ignored ?? []).filter(
      (i) => verdicts.every((v) => v.ignored.some((j) => j.login === i.login))
    ),
    missing: alternatives.map(
      (a, i) => `${i === 0 ? "either" : "or"} ${a.label}: ${(a.verdict?.missing ?? []).join("; ")}`
    )
  };
}

// src/core/approval/changes.ts
var REQUESTS_PREFIX = `${REQUESTS_DIR}/`;
var REVOKES_PREFIX = `${REVOKES_DIR}/`;
var ADDING = /* @__PURE__ */ new Set(["added", "copied"]);
function classifyChanges(files, options) {
  const profiles = [...options.profiles];
  const isGovernance = (path) => isGovernancePath(path, options.policyDir);
  const out = { requests: [], revokes: [], governance: [], other: [], problems: [] };
  const add = (list2, path) => {
    if (!list2.includes(path)) list2.push(path);
  };
  const merged = (path, how) => out.problems.push({
    code: "merged-request-changed",
    path,
    message: path.startsWith(REVOKES_PREFIX) ? `${showControlCharacters(path)} is a merged revoke and cannot be ${how}: it is part of the record` : `${showControlCharacters(path)} is a merged request and cannot be ${how}: merged requests are immutable (revoke or extend a grant through its own flow)`
  });
  const refusedName = (path) => {
    const lower2 = path.toLowerCase();
    if (!lower2.startsWith(REQUESTS_PREFIX) && !lower2.startsWith(REVOKES_PREFIX)) return false;
    const control = pathControlCharacter(path);
    if (control) out.problems.push({ ...control, path });
    return control !== void 0;
  };
  for (const file of files) {
    const { path } = file;
    if (file.status === "renamed" && file.previousPath !== void 0) {
      const from = file.previousPath;
      if (from.startsWith(REQUESTS_PREFIX) || from.startsWith(REVOKES_PREFIX))
        merged(from, `moved to ${showControlCharacters(path)}`);
      else if (isGovernance(from)) add(out.governance, from);
    }
    if (refusedName(path)) continue;
    if (isGovernanceAnywhere(path)) add(out.governance, path);
    else if (path.startsWith(REQUESTS_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") {
        add(out.requests, path);
        checkFolderCase(path, profiles, out.problems);
      } else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REQUESTS_PREFIX)) {
      out.problems.push({
        code: "request-path-case",
        path,
        message: `${showControlCharacters(path)} is not under ${REQUESTS_PREFIX}: folder names are case-sensitive, and requests go in ${REQUESTS_PREFIX}<profile>/`
      });
    } else if (path.startsWith(REVOKES_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") add(out.revokes, path);
      else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REVOKES_PREFIX)) {
      out.problems.push({
        code: "revoke-path-case",
        path,
        message: `${showControlCharacters(path)} is not under ${REVOKES_PREFIX}: folder names are case-sensitive, and revokes go in ${REVOKES_PREFIX}<grant id>.yaml`
      });
    } else if (isGovernance(path)) add(out.governance, path);
    else add(out.other, path);
  }
  const access = [...out.requests, ...out.revokes];
  if (out.revokes.length > 0 && out.requests.length > 0)
    out.problems.push({
      code: "revokes-with-requests",
      message: `this pull request revokes grants (${list(out.revokes)}) and also carries access requests (${list(out.requests)}): a revoke carries only revokes; split it in two`
    });
  if (access.length > 0 && out.governance.length > 0)
    out.problems.push({
      code: "governance-with-requests",
      message: `this pull request changes governance files (${list(out.governance)}) and also carries access requests or revokes (${list(access)}); a governance change may carry neither: split it in two`
    });
  if (access.length > 0 && out.other.length > 0)
    out.problems.push({
      code: "requests-with-other-changes",
      message: `a pull request with access requests or revokes may change nothing else; it also changes ${list(out.other)}`
    });
  return out;
}
function isGovernanceAnywhere(path) {
  const name = (path.split("/").pop() ?? "").toLowerCase();
  return GOVERNANCE_ANYWHERE.includes(name);
}
function checkFolderCase(path, profiles, problems) {
  const folder = path.slice(REQUESTS_PREFIX.length).split("/")[0] ?? "";
  if (profiles.includes(folder)) return;
  const meant = profiles.find((p) => p.toLowerCase() === folder.toLowerCase());
  if (meant !== void 0)
    problems.push({
      code: "request-folder-case",
      path,
      message: `${showControlCharacters(path)} is in ${REQUESTS_PREFIX}${folder}/, which is not profile "${meant}"'s folder: folder names are case-sensitive (${REQUESTS_PREFIX}${meant}/)`
    });
}
function list(paths) {
  const named = paths.map(showControlCharacters);
  return named.length <= 3 ? named.join(", ") : `${named.slice(0, 3).join(", ")} and ${named.length - 3} more`;
}

// src/core/approval/stricter.ts
function stricterOf(governing, base, label) {
  const problems = unique([...governing.problems, ...base.problems], (p) => `${p.code}\0${p.message}`);
  const subjects = governing.subjects.map((s) => {
    const b = base.subjects.find((x) => x.kind === s.kind && x.subject === s.subject);
    if (!b) return s;
    const errors = unique([...s.errors, ...b.errors], (e) => `${e.code}\0${e.line}:${e.column}`);
    const changed = s.request && b.request ? grantDifference(b.request, s.request) : [];
    if (changed.length > 0)
      errors.push({
        code: "policy-changed-since-review",
        message: `${label} would grant this differently from the pull request's base, whose grant was reviewed (${changed.join("; ")}); open a new pull request from the default branch`,
        line: 1,
        column: 1
      });
    const verdict = stricterVerdict(s.verdict, b.verdict);
    return { ...s, errors, ...verdict ? { verdict } : {} };
  });
  for (const b of base.subjects)
    if (!subjects.some((s) => s.kind === b.kind && s.subject === b.subject)) subjects.push(b);
  return {
    ...governing,
    baseSha: base.baseSha,
    problems,
    subjects,
    warnings: [.../* @__PURE__ */ new Set([...governing.warnings, ...base.warnings])],
    judgedAlsoBy: label
  };
}
function stricterVerdict(governing, base) {
  if (!governing || !base) return governing ?? base;
  const fromBase = base.missing.map((m) => `by the pull request's base policy: ${m}`);
  if (governing.satisfied && base.satisfied) return { ...governing, auto: governing.auto && base.auto };
  if (governing.satisfied) return { ...base, missing: fromBase };
  if (base.satisfied) return governing;
  return {
    ...governing,
    blockedBy: [.../* @__PURE__ */ new Set([...governing.blockedBy, ...base.blockedBy])],
    missing: [.../* @__PURE__ */ new Set([...governing.missing, ...fromBase])]
  };
}
function grantDifference(base, governing) {
  const out = [];
  if (base.principal !== governing.principal)
    out.push(`principal ${governing.principal}, not ${base.principal}`);
  if (base.provider !== governing.provider || canonicalJson(base.grant) !== canonicalJson(governing.grant))
    out.push("a different grant");
  if (base.startsAt !== governing.startsAt || base.expiresAt !== governing.expiresAt)
    out.push(
      `from ${governing.startsAt} to ${governing.expiresAt}, not ${base.startsAt} to ${base.expiresAt}`
    );
  return out;
}
function unique(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function summarizeReport(report, invalid, waiting) {
  const [problem] = report.problems;
  if (problem)
    return `Rejected: ${problem.code}${report.problems.length > 1 ? ` (+${report.problems.length - 1} more)` : ""}`;
  const [bad] = invalid;
  if (bad) return `Invalid request ${bad.subject}: ${bad.errors.map((e) => e.code).join(", ")}`;
  const [first] = waiting;
  if (first) {
    const missing = first.verdict?.missing ?? [];
    const more = waiting.reduce((n, s) => n + (s.verdict?.missing.length ?? 0), 0) - 1;
    return `Waiting: ${missing[0] ?? "approval"}${more > 0 ? ` (+${more} more)` : ""}`;
  }
  if (report.subjects.length === 0)
    return "Nothing for gitjit to approve: no requests, revokes or governance files";
  if (report.subjects.every((s) => s.verdict?.auto)) return "Auto-approved by the policy";
  return `Approved: ${report.subjects.map((s) => s.subject).join(", ")}`;
}

// src/core/codeowners/pattern.ts
var SEGMENT_CHAR = "[^/]";
function compilePattern(pattern) {
  if (pattern.length === 0) return { ok: false, reason: "empty pattern" };
  if (pattern.startsWith("!"))
    return { ok: false, reason: "GitHub does not support negated patterns (!) in CODEOWNERS" };
  if (pattern.startsWith("\\#"))
    return { ok: false, reason: "GitHub does not support escaping # at the start of a pattern" };
  let body = pattern;
  const dirOnly = body.endsWith("/");
  if (dirOnly) body = body.replace(/\/+$/, "");
  const rooted = body.startsWith("/");
  if (rooted) body = body.replace(/^\/+/, "");
  if (body.length === 0) {
    return { ok: true, test: () => true };
  }
  const segments = body.split("/");
  if (segments.some((s) => s.length === 0)) return { ok: false, reason: "empty path segment (//)" };
  const anchored = rooted || segments.length > 1;
  if (dirOnly && segments.length > 1 && segments[segments.length - 1] === "**") segments.pop();
  let regex = anchored ? "^" : "^(?:.*/)?";
  let tail;
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    const segment = segments[i];
    if (segment === "**") {
      if (i === last) {
        tail = i === 0 ? ".*$" : "/.+$";
        break;
      }
      regex += i === 0 ? "(?:.*/)?" : "/(?:.*/)?";
      continue;
    }
    if (i > 0 && segments[i - 1] !== "**") regex += "/";
    const compiled2 = compileSegment(segment);
    if (!compiled2.ok) return compiled2;
    regex += compiled2.source;
  }
  if (tail !== void 0) regex += tail;
  else if (dirOnly) regex += "/.+$";
  else if (segments[last] === "*" && anchored) regex += "$";
  else regex += "(?:/.*)?$";
  const compiled = new RegExp(regex, "s");
  return { ok: true, test: (path) => compiled.test(path) };
}
function compileSegment(segment) {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "\\") {
      const next = segment[i + 1];
      if (next === void 0) return { ok: false, reason: "a pattern cannot end with a backslash" };
      source += escapeRegex(next);
      i++;
    } else if (c === "*") {
      source += `${SEGMENT_CHAR}*`;
    } else if (c === "?") {
      source += SEGMENT_CHAR;
    } else {
      source += escapeRegex(c);
    }
  }
  return { ok: true, source };
}
var escapeRegex = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

// src/core/codeowners/file.ts
var USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;
var TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
var isOwnerToken = (token) => USER.test(token) || TEAM.test(token) || EMAIL.test(token);
function parseCodeowners(text) {
  const rules = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    const [first, ...rest] = tokens;
    if (!first) return;
    const compiled = compilePattern(first.text);
    if (!compiled.ok) {
      problems.push({ line, column: first.column, code: "invalid-pattern", message: compiled.reason });
      return;
    }
    const bad = rest.find((t) => !isOwnerToken(t.text));
    if (bad) {
      problems.push({
        line,
        column: bad.column,
        code: "invalid-owner",
        message: `${JSON.stringify(bad.text)} is not a @user, an @org/team or an email address`
      });
      return;
    }
    rules.push({ line, pattern: first.text, owners: rest.map((t) => t.text), matches: compiled.test });
  });
  return { rules, problems };
}
function ruleFor(codeowners, path) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule.matches(path)) return rule;
  }
  return void 0;
}
var ownersOf = (codeowners, path) => ruleFor(codeowners, path)?.owners ?? [];
function tokenize(raw) {
  const tokens = [];
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i])) i++;
    if (i >= raw.length || raw[i] === "#") break;
    const start = i;
    let text = "";
    while (i < raw.length && !/\s/.test(raw[i])) {
      if (raw[i] === "\\" && i + 1 < raw.length && /\s/.test(raw[i + 1])) {
        text += raw.slice(i, i + 2);
        i += 2;
      } else text += raw[i++];
    }
    tokens.push({ text, column: start + 1 });
  }
  return tokens;
}

// src/core/codeowners/generate.ts
var SECTION_BEGIN = "# gitjit:begin (generated by `gitjit codeowners` from the policy: change the policy, not these lines)";
var SECTION_END = "# gitjit:end";
var MAX_CODEOWNERS_BYTES = 3e6;
function generateSection(policy, policyDir) {
  const warnings = [];
  const ownersOfGroups = (groupNames, what) => {
    const owners = [];
    const seen = /* @__PURE__ */ new Set();
    const add = (owner) => {
      if (seen.has(owner.toLowerCase())) return;
      seen.add(owner.toLowerCase());
      owners.push(owner);
    };
    for (const name of groupNames) {
      const group = policy.groups.get(name);
      if (!group) continue;
      for (const team of group.teams) add(team);
      for (const member of group.members) {
        if (member.endsWith("[bot]")) {
          warnings.push({
            code: "bot-not-owner",
            message: `group "${name}" lists ${member}: a GitHub App cannot be a code owner, so it is left out of CODEOWNERS (its approval still counts where the policy names it)`
          });
        } else add(`@${member}`);
      }
    }
    if (owners.length === 0 && groupNames.length > 0)
      warnings.push({
        code: "no-owners",
        message: `${what}: none of ${groupNames.join(", ")} can be written as a code owner, so CODEOWNERS leaves it unowned and only the gitjit/approval check protects it`
      });
    return owners;
  };
  const rules = [];
  const admins = ownersOfGroups(policy.admins?.groups ?? [], "governance paths (admins)");
  rules.push({ pattern: `/${REQUESTS_DIR}/`, owners: admins, sample: `${REQUESTS_DIR}/_unlisted_/x.yaml` });
  for (const name of [...policy.profiles.keys()].sort()) {
    const profile = policy.profiles.get(name);
    if (!profile) continue;
    const groupNames = [...new Set(profile.approval.steps.flatMap((s) => s.groups))];
    rules.push({
      pattern: `/${REQUESTS_DIR}/${name}/`,
      owners: ownersOfGroups(groupNames, `profile "${name}"`),
      sample: `${REQUESTS_DIR}/${name}/x.yaml`
    });
  }
  for (const path of governancePaths(policyDir)) {
    const anywhere = path.startsWith("**/") ? path.slice(3) : void 0;
    rules.push({
      pattern: anywhere ?? `/${path.endsWith("/") ? `${trimSlashes(path)}/` : path}`,
      owners: admins,
      sample: anywhere ? `${REQUESTS_DIR}/${anywhere}` : path.endsWith("/") ? `${path}x` : path
    });
  }
  const width = Math.max(...rules.map((r) => r.pattern.length)) + 2;
  const line = (r) => r.owners.length === 0 ? r.pattern : `${r.pattern.padEnd(width)}${r.owners.join(" ")}`;
  const profileCount = policy.profiles.size;
  const lines = [
    SECTION_BEGIN,
    "# Request folders: each profile's approvers. Anything else under requests/: the admins.",
    ...rules.slice(0, profileCount + 1).map(line),
    "# Governance: the policy, the schemas, .github/ (CODEOWNERS and workflows), the action and git's own settings: the admins.",
    ...rules.slice(profileCount + 1).map(line),
    SECTION_END
  ];
  return { lines, rules, warnings: dedupe2(warnings) };
}
function spliceSection(existing, section) {
  const eol = existing?.includes("\r\n") ? "\r\n" : "\n";
  const body = section.join(eol) + eol;
  if (existing === void 0 || existing.length === 0) return { ok: true, text: body, previous: void 0 };
  const lines = existing.split(/\r?\n/);
  const begins = lines.flatMap((l, i) => l.startsWith("# gitjit:begin") ? [i] : []);
  const ends = lines.flatMap((l, i) => l.trim() === SECTION_END ? [i] : []);
  if (begins.length === 0 && ends.length === 0) {
    const separator = existing.endsWith("\n") ? eol : eol + eol;
    return { ok: true, text: `${existing}${separator}${body}`, previous: void 0 };
  }
  const [begin] = begins;
  const [end] = ends;
  if (begins.length !== 1 || ends.length !== 1 || begin === void 0 || end === void 0 || end < begin)
    return {
      ok: false,
      code: "codeowners-markers",
      message: `the gitjit section's marker lines are broken (${begins.length} begin, ${ends.length} end); fix them by hand so that one "# gitjit:begin" line precedes one "${SECTION_END}" line`
    };
  const previous = lines.slice(begin, end + 1).join(eol) + eol;
  const before = lines.slice(0, begin).join(eol);
  const after = lines.slice(end + 1).join(eol);
  return { ok: true, text: `${before ? before + eol : ""}${body}${after}`, previous };
}
function overriddenRules(text, generated) {
  const file = parseCodeowners(text);
  const notes = [];
  for (const rule of generated.rules) {
    const effective = ownersOf(file, rule.sample);
    if (effective.join(" ") !== rule.owners.join(" "))
      notes.push({
        code: "codeowners-overridden",
        message: `a line after the gitjit section gives ${rule.sample} the owners "${effective.join(" ")}" instead of "${rule.owners.join(" ")}"; move that line above the section`
      });
  }
  return notes;
}
var byteLength = (text) => new TextEncoder().encode(text).length;
function dedupe2(notes) {
  const seen = /* @__PURE__ */ new Set();
  return notes.filter((n) => !seen.has(n.message) && seen.add(n.message));
}

// src/commands/lifecycle-subjects.ts
var at2 = { line: 1, column: 1 };
async function revokeSubject(path, head, policy, author, held) {
  const subject = { subject: path, kind: "revoke", errors: [] };
  const read = await head.read(path, MAX_YAML_BYTES);
  if (read.kind !== "file") {
    subject.errors.push({
      code: "request-unreadable",
      message: `${path} is not a readable file (${read.kind})`,
      ...at2
    });
    return subject;
  }
  const loaded = loadYaml(read.bytes);
  if (!loaded.ok) {
    subject.errors.push(...loaded.errors);
    return subject;
  }
  const id = REVOKE_FILE.exec(path)?.[1];
  const entry = id === void 0 ? void 0 : await held(id);
  const evaluation = evaluateRevokeFile({
    path,
    value: loaded.value,
    locate: loaded.locate,
    ...author !== void 0 ? { author } : {},
    ...entry ? { entry } : {},
    policy
  });
  subject.errors.push(...evaluation.errors);
  const { requester, reason } = loaded.value;
  subject.revoke = {
    ...evaluation.grantId ? { grantId: evaluation.grantId } : {},
    ...entry ? { entry } : {},
    ...typeof requester === "string" ? { requester } : {},
    ...typeof reason === "string" ? { reason: reason.trim() } : {},
    self: evaluation.authority?.kind === "self"
  };
  if (entry) subject.profile = entry.profile;
  const authority = evaluation.authority;
  if (authority?.kind === "self")
    subject.verdict = { satisfied: true, auto: false, steps: [], blockedBy: [], ignored: [], missing: [] };
  else if (authority?.kind === "approval") {
    const profileSteps = entry ? policy.profiles.get(entry.profile)?.approval.steps : void 0;
    subject.alternatives = authority.anyOf.map(
      (rule) => ({
        label: rule.steps === profileSteps ? `the approvers of profile ${entry?.profile}` : "the admins",
        rule: { steps: rule.steps, selfApproval: rule.selfApproval, auto: rule.auto }
      })
    );
  }
  return subject;
}
async function checkExtends(subject, summary, locate, policy, held, now) {
  const id = summary.extends;
  const profile = policy.profiles.get(summary.profile);
  if (id === void 0 || !profile) return;
  const entry = await held(id);
  const check = checkExtension(summary, entry, profile, now);
  const where = locate(["extends"]);
  subject.errors.push(...check.errors.map((e) => ({ ...e, path: ["extends"], ...where })));
  if (check.to && entry)
    subject.extension = { grantId: id, from: entry.expiresAt, to: check.to, principal: entry.principal };
}
var alternativeGroups = (subjects) => subjects.flatMap((s) => (s.alternatives ?? []).flatMap((a) => a.rule.steps.flatMap((step) => step.groups)));

// src/commands/approvals.ts
var APPROVAL_CONTEXT = "gitjit/approval";
async function approvals(options, forge) {
  const pull = await forge.pull(options.pr);
  const [changed, { reviews, dismissals }] = await Promise.all([
    forge.pullFiles(pull.number),
    reviewsOf(forge, pull.number)
  ]);
  const inputs = { pull, changed, reviews, dismissals };
  const base = await judgeAt(forge.files(pull.baseSha), inputs, options, forge);
  const governing = options.governing?.(pull);
  if (!governing) return finish(base, options, forge);
  const files = governing.files;
  const digest = await policyDigest(files, options.policyDir).catch(() => void 0);
  if (digest !== void 0 && digest === await policyDigest(forge.files(pull.baseSha), options.policyDir))
    return finish(base, options, forge);
  const main = await judgeAt(files, inputs, options, forge);
  return finish(stricterOf(main, base, governing.label), options, forge);
}
var currentMainPolicy = (forge) => (pull) => ({
  files: forge.files(pull.defaultBranch),
  label: `the default branch's current policy (${pull.defaultBranch})`
});
async function judgeAt(policyFiles, { pull, changed, reviews, dismissals }, options, forge) {
  const [compiled, codeowners] = await Promise.all([
    loadPolicy(policyFiles, options.policyDir),
    readCodeowners(policyFiles)
  ]);
  const report = {
    repository: forge.repository,
    pullRequest: pull.number,
    url: pull.url,
    author: pull.author,
    headSha: pull.headSha,
    baseSha: pull.baseSha,
    satisfied: false,
    summary: "",
    problems: [],
    subjects: [],
    files: [],
    warnings: []
  };
  const policy = compiled.policy;
  const classified = classifyChanges(changed, {
    policyDir: options.policyDir,
    profiles: policy.profiles.keys()
  });
  report.files = describeFiles(changed, classified, codeowners?.parsed);
  report.problems.push(...classified.problems);
  if (pull.baseRef !== pull.defaultBranch)
    report.problems.push({
      code: "base-not-default-branch",
      message: `the pull request merges into ${pull.baseRef}, not ${pull.defaultBranch}: gitjit judges only pull requests into the default branch, whose policy is governed`
    });
  if (compiled.errors.length > 0) {
    report.problems.push(
      ...compiled.errors.map((e) => ({
        code: "policy-invalid",
        path: e.file,
        message: `the policy at ${policyFiles.origin} has an error: ${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}`
      }))
    );
    return report;
  }
  const expected = spliceSection(codeowners?.text, generateSection(policy, options.policyDir).lines);
  if (!expected.ok || expected.text !== codeowners?.text)
    report.warnings.push(
      `the gitjit section of ${codeowners?.path ?? "CODEOWNERS"} at ${policyFiles.origin} does not match the policy there; GitHub may ask the wrong reviewers (run gitjit codeowners)`
    );
  const head = forge.files(pull.headSha);
  const held = options.held ?? heldGrantsIn(forge.files(options.ledgerBranch ?? DEFAULT_LEDGER_BRANCH));
  const revokes = [];
  for (const path of classified.revokes)
    revokes.push(await revokeSubject(path, head, policy, pull.author, held));
  const teams = await resolveTeams(
    forge,
    policy,
    classified.requests,
    classified.governance.length > 0,
    alternativeGroups(revokes)
  );
  if (classified.governance.length > 0 && policy.admins) {
    report.subjects.push({
      subject: "governance",
      kind: "governance",
      errors: [],
      rule: {
        steps: [{ groups: policy.admins.groups, count: policy.admins.count }],
        selfApproval: false,
        auto: false
      }
    });
  }
  for (const path of classified.requests) {
    const subject = { subject: path, kind: "request", errors: [] };
    report.subjects.push(subject);
    const read = await head.read(path, MAX_YAML_BYTES);
    if (read.kind !== "file") {
      subject.errors.push({
        code: "request-unreadable",
        message: `${path} is not a readable file (${read.kind})`,
        line: 1,
        column: 1
      });
      continue;
    }
    const loaded = loadYaml(read.bytes);
    if (!loaded.ok) {
      subject.errors.push(...loaded.errors);
      continue;
    }
    const evaluation = evaluateRequest({
      path,
      value: loaded.value,
      locate: loaded.locate,
      policy,
      now: options.now,
      author: pull.author,
      teamMembers: teams
    });
    subject.errors.push(...evaluation.errors);
    if (evaluation.warnings.length > 0) subject.warnings = evaluation.warnings;
    if (evaluation.summary) {
      subject.profile = evaluation.summary.profile;
      subject.rule = evaluation.summary.approval;
      subject.request = evaluation.summary;
      await checkExtends(subject, evaluation.summary, loaded.locate, policy, held, options.now);
    }
  }
  report.subjects.push(...revokes);
  const rules = report.subjects.flatMap(
    (s) => s.errors.length > 0 ? [] : [...s.rule ? [s.rule] : [], ...(s.alternatives ?? []).map((a) => a.rule)]
  );
  const writeAccess = await lookUpWriters(forge, policy, rules, reviews, pull.author, teams);
  const context = {
    author: pull.author,
    headSha: pull.headSha,
    reviews,
    dismissals,
    groups: policy.groups,
    teamMembers: teams,
    writeAccess
  };
  for (const subject of report.subjects) {
    if (subject.errors.length > 0) continue;
    const judged = [
      ...subject.rule ? [subject.rule] : [],
      ...(subject.alternatives ?? []).map((a) => a.rule)
    ];
    for (const rule of judged)
      for (const step of rule.steps)
        for (const name of step.groups) {
          const group = policy.groups.get(name);
          if (group) report.approvers = { ...report.approvers, [name]: [...group.members, ...group.teams] };
        }
    if (subject.alternatives) subject.verdict = evaluateAnyOf(subject.alternatives, context);
    else if (subject.rule) subject.verdict = evaluateApproval(subject.rule, context);
  }
  return report;
}
async function policyDigest(files, policyDir) {
  const hash = createHash("sha256");
  const dir = policyDir.replace(/\/+$/, "");
  for (const path of await files.list(dir)) {
    const read = await files.read(path, MAX_POLICY_BYTES);
    hash.update(`${path}\0${read.kind}\0`);
    if (read.kind === "file") hash.update(read.bytes);
    hash.update("\0");
  }
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await files.read(path, 4e6);
    hash.update(`${path}\0${read.kind}\0`);
    if (read.kind === "file") hash.update(read.bytes);
  }
  return hash.digest("hex");
}
async function finish(report, options, forge) {
  const invalid = report.subjects.filter((s) => s.errors.length > 0);
  const waiting = report.subjects.filter((s) => s.verdict && !s.verdict.satisfied);
  report.satisfied = report.problems.length === 0 && invalid.length === 0 && waiting.length === 0;
  report.summary = summarizeReport(report, invalid, waiting);
  if (options.report)
    await forge.setStatus(report.headSha, {
      state: report.satisfied ? "success" : "failure",
      context: APPROVAL_CONTEXT,
      description: report.summary,
      targetUrl: report.url
    });
  return report;
}
async function reviewsOf(forge, pr) {
  const reviews = await forge.reviews(pr);
  const dismissals = reviews.some((r) => r.state === "DISMISSED") ? await forge.dismissals(pr) : [];
  return { reviews, dismissals };
}
async function resolveTeams(forge, policy, requests, governance, more = []) {
  const groupNames = /* @__PURE__ */ new Set([...governance ? policy.admins?.groups ?? [] : [], ...more]);
  for (const path of requests) {
    const profile = policy.profiles.get(path.split("/")[1] ?? "");
    if (!profile) continue;
    for (const g of profile.eligible) groupNames.add(g);
    for (const step of profile.approval.steps) for (const g of step.groups) groupNames.add(g);
  }
  const teams = [...groupNames].flatMap((g) => policy.groups.get(g)?.teams ?? []);
  const unique2 = [...new Set(teams)];
  const members = await Promise.all(unique2.map((t) => forge.teamMembers(t)));
  return new Map(unique2.map((t, i) => [t, members[i]]));
}
async function lookUpWriters(forge, policy, rules, reviews, author, teams) {
  const people = /* @__PURE__ */ new Set();
  for (const review of latestReviews(reviews)) {
    if (review.bot || review.login.endsWith("[bot]")) continue;
    if (rules.some((r) => stepsFor(review.login, false, r.steps, policy.groups, teams).length > 0))
      people.add(review.login);
  }
  if (rules.some((r) => r.selfApproval)) people.add(author);
  const logins = [...people];
  const answers = await Promise.all(logins.map((l) => forge.canWrite(l)));
  return new Map(logins.map((l, i) => [l.toLowerCase(), answers[i] === true]));
}
async function readCodeowners(base) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await base.read(path, 4e6);
    if (read.kind === "file") {
      const text = new TextDecoder().decode(read.bytes);
      return { path, text, parsed: parseCodeowners(text) };
    }
  }
  return void 0;
}
function describeFiles(changed, classified, codeowners) {
  return changed.map((f) => ({
    path: f.path,
    status: f.status,
    kind: classified.requests.includes(f.path) ? "request" : classified.revokes.includes(f.path) ? "revoke" : classified.governance.includes(f.path) ? "governance" : "other",
    owners: [...(codeowners && ruleFor(codeowners, f.path)?.owners) ?? []]
  }));
}

export {
  retry,
  pool,
  pullsNamed,
  heldWithoutCause,
  crashPoint,
  runGit,
  git,
  resolveRef,
  readBlobs,
  DEFAULT_LEDGER_BRANCH,
  GitLedgerStore,
  latestReviews,
  stepsFor,
  evaluateApproval,
  REQUESTS_DIR,
  REVOKES_DIR,
  DEFAULT_POLICY_DIR,
  CODEOWNERS_LOCATIONS,
  governancePaths,
  trimSlashes,
  pathControlCharacter,
  MAX_CODEOWNERS_BYTES,
  generateSection,
  spliceSection,
  overriddenRules,
  byteLength,
  MAX_YAML_BYTES,
  loadYaml,
  scheduleHorizon,
  IDENTITY_KIND,
  DEFAULT_JUSTIFICATION_MIN,
  listHeldGrants,
  heldGrantsOf,
  REVOKE_FILE,
  loadPolicy,
  APPROVAL_CONTEXT,
  approvals,
  currentMainPolicy,
  reviewsOf
};
