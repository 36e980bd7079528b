// The report's behaviour: views by URL fragment, the findings table (filter, sort, pages, keys),
// findings opened from their inert templates, source views cloned on demand. Data goes in through
// textContent and cloned templates only: no string of the audit is ever parsed as HTML.
(function () {
  "use strict";
  var PAGE_SIZE = 100;
  var MAX_LINES = 4;
  var data = JSON.parse(document.getElementById("report-data").textContent);
  // A large corpus: agreements (grouped), time series and the errors and warnings past the first few are
  // drawn from this data, not from templates; its rows come as arrays naming documents by index.
  var compact = data.compact || null;
  var own = Object.prototype.hasOwnProperty;
  var rows = compact ? data.rows.map(unpack) : data.rows;
  var noun = compact ? " rows" : " findings";
  if (compact) {
    // Each finding of a compact row answers to its own fragment too ('#finding-' + its fingerprint).
    Object.keys(compact.details).forEach(function (anchor) {
      compact.details[anchor].fingerprints.forEach(function (print) {
        var id = "finding-" + print;
        if (id !== anchor && !compact.aliases[id]) { compact.aliases[id] = anchor; }
      });
    });
  }
  // A packed row (compact.pack_rows) as the row object the table reads; its search text, when the page
  // does not carry it, is made from its fields on the first search.
  function unpack(r) {
    var docs = r[8].map(function (i) { return compact.docs[i]; });
    var ids = [];
    docs.forEach(function (doc) { if (ids.indexOf(doc[4]) < 0) { ids.push(doc[4]); } });
    return {
      anchor: r[0], severity: r[1], rank: compact.ranks[r[1]], kind: r[2], label: compact.kinds[r[2]][0],
      subject: compact.subjects[r[3]], values: r[4], value: r[5], periods: r[6], period: r[7],
      sources: docs.map(function (doc) { return doc[1]; }),
      titles: docs.map(function (doc) { return doc[2] + " (" + doc[3] + ")"; }),
      docTitles: docs.map(function (doc) { return doc[2]; }),
      doc_ids: ids, status: r[9], "new": r[10], text: r[11] || null
    };
  }

  function searchText(row) {
    if (row.text === null) {
      var detail = compact.details[row.anchor];
      row.text = [row.label, row.subject, detail ? detail.message : ""]
        .concat(row.values, row.periods, row.sources, row.docTitles).join(" ").toLowerCase();
    }
    return row.text;
  }

  // The anchor of the document a claim anchor is in; undefined for no claim of the page.
  function claimDocument(id) {
    if (!own.call(data.claims, id)) { return undefined; }
    var doc = data.claims[id];
    return typeof doc === "number" ? compact.docs[doc][0] : doc;
  }

  rows.forEach(function (row, i) { row.order = i; });
  var byAnchor = {};
  rows.forEach(function (row) { byAnchor[row.anchor] = row; });

  var body = document.body;
  body.classList.add("has-js");
  var tbody = document.getElementById("findings-body");
  var countOut = document.getElementById("f-count");
  var pager = document.getElementById("pager");
  var pageInfo = document.getElementById("page-info");
  var noRows = document.getElementById("no-rows");
  var help = document.getElementById("help");
  var inputs = {
    kind: document.getElementById("f-kind"),
    severity: document.getElementById("f-severity"),
    source: document.getElementById("f-source"),
    status: document.getElementById("f-status"),
    "new": document.getElementById("f-new"),
    text: document.getElementById("f-text")
  };
  var state = { sort: "rank", dir: 1, page: 0, selected: null, open: false };
  var visible = rows.slice();
  var lastFindingHash = "#findings";
  var backHash = "#findings";  // where the source view's back link goes: the last list view

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // Filtering and sorting ------------------------------------------------------------------------
  function matches(row, f) {
    if (f.kind && row.kind !== f.kind) { return false; }
    if (f.severity && row.severity !== f.severity) { return false; }
    if (f.source && row.doc_ids.indexOf(f.source) < 0) { return false; }
    if (f.status && row.status !== f.status) { return false; }
    if (f.onlyNew && row["new"] !== true) { return false; }
    for (var i = 0; i < f.words.length; i++) {
      if (searchText(row).indexOf(f.words[i]) < 0) { return false; }
    }
    return true;
  }

  function sortValue(row, key) {
    if (key === "sources") { return row.sources.join(" "); }
    return row[key];
  }

  function compare(a, b) {
    var x = sortValue(a, state.sort), y = sortValue(b, state.sort);
    var xMissing = x === null || x === "", yMissing = y === null || y === "";
    if (xMissing !== yMissing) { return xMissing ? 1 : -1; }  // blanks last in both directions
    if (!xMissing && x !== y) {
      var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      if (c) { return c * state.dir; }
    }
    return a.order - b.order;
  }

  function currentFilters() {
    var text = inputs.text.value.toLowerCase().trim();
    return {
      kind: inputs.kind.value,
      severity: inputs.severity.value,
      source: inputs.source.value,
      status: inputs.status ? inputs.status.value : "",
      onlyNew: inputs["new"] ? inputs["new"].checked : false,
      words: text ? text.split(/\s+/) : []
    };
  }

  function refresh(keepPage) {
    var f = currentFilters();
    visible = rows.filter(function (row) { return matches(row, f); });
    visible.sort(compare);
    if (!keepPage) { state.page = 0; }
    if (state.selected && visible.indexOf(byAnchor[state.selected]) < 0) {
      state.selected = null;
      state.open = false;
    }
    countOut.textContent = visible.length === rows.length
      ? rows.length.toLocaleString("en") + noun
      : visible.length.toLocaleString("en") + " of " + rows.length.toLocaleString("en") + noun;
    document.querySelectorAll("th[data-sort]").forEach(function (th) {
      var key = th.getAttribute("data-sort");
      th.setAttribute("aria-sort", key === state.sort ? (state.dir > 0 ? "ascending" : "descending") : "none");
    });
    drawPage();
  }

  // Drawing the current page ---------------------------------------------------------------------
  function lines(cell, items, className, titles) {
    items.slice(0, MAX_LINES).forEach(function (item, i) {
      var line = cell.appendChild(el("span", className, item));
      if (titles) { line.title = titles[i]; }
    });
    if (items.length > MAX_LINES) { cell.appendChild(el("span", "more", "+" + (items.length - MAX_LINES) + " more")); }
  }

  function drawRow(row) {
    var tr = el("tr", "row sev-" + row.severity);
    tr.id = row.anchor;
    tr.tabIndex = -1;
    tr.setAttribute("data-anchor", row.anchor);
    var sev = el("td", "col-sev");
    sev.appendChild(el("span", "sev sev-" + row.severity, row.severity));
    if (row["new"]) { sev.appendChild(el("span", "new-badge", "new")); }
    tr.appendChild(sev);
    tr.appendChild(el("td", "col-kind", row.label));
    tr.appendChild(el("td", "col-subject", row.subject || "—"));
    var values = el("td", "col-values");
    lines(values, row.values, "line value");
    tr.appendChild(values);
    var periods = el("td", "col-periods");
    lines(periods, row.periods, "line");
    tr.appendChild(periods);
    var sources = el("td", "col-sources");
    lines(sources, row.sources, "line", row.titles);
    tr.appendChild(sources);
    var status = el("td", "col-status");
    if (row.status) { status.appendChild(el("span", "status status-" + row.status, row.status.replace("_", " "))); }
    tr.appendChild(status);
    if (row.anchor === state.selected) { tr.classList.add("selected"); }
    return tr;
  }

  function detailRow(anchor) {
    var tpl = document.getElementById("tpl-" + anchor);
    var tr = el("tr", "detail");
    var td = el("td");
    td.colSpan = 7;
    if (tpl) {
      td.appendChild(document.importNode(tpl.content, true));
    } else if (compact && own.call(compact.details, anchor)) {
      td.appendChild(drawCompact(anchor));
    } else {
      td.appendChild(el("p", "empty", "Loading the report…"));  // templates follow the script
    }
    tr.appendChild(td);
    return tr;
  }

  // Compact findings: the same markup as the partials, built from the data with textContent only.
  function link(href, className, text, title) {
    var a = el("a", className, text);
    a.setAttribute("href", href);
    if (title) { a.title = title; }
    return a;
  }

  function fact(dl, term, value, strong) {
    var div = dl.appendChild(el("div"));
    div.appendChild(el("dt", null, term));
    var dd = div.appendChild(el("dd"));
    dd.appendChild(el(strong ? "strong" : "span", null, value));
  }

  function sourceCard(anchor) {
    var card = compact.cards[anchor];
    var doc = compact.docs[card[0]];
    var div = el("div", "source");
    var head = div.appendChild(el("p", "source-head"));
    head.appendChild(link("#" + doc[0], "doc-link", doc[1], "Open the source view"));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "doc-title", doc[2]));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "doc-date", doc[3]));
    var quote = div.appendChild(el("blockquote", "sentence"));
    // The sentence, and where its figure stands in it (compact.build_compact).
    quote.appendChild(document.createTextNode(card[1].slice(0, card[2])));
    quote.appendChild(el("mark", "figure", card[1].slice(card[2], card[3])));
    quote.appendChild(document.createTextNode(card[1].slice(card[3])));
    var dl = div.appendChild(el("dl", "facts"));
    fact(dl, "As written", card[4], true);
    fact(dl, "Interval", card[5]);
    fact(dl, "Period", card[6]);
    if (card[7]) { fact(dl, "Said by", card[7]); }
    div.appendChild(el("p", "source-links")).appendChild(link("#" + anchor, null, "Show in the source →"));
    return div;
  }

  function drawCompact(anchor) {
    var detail = compact.details[anchor];
    var row = byAnchor[anchor];
    var article = el("article", "finding compact sev-" + row.severity);
    article.setAttribute("data-finding", anchor);
    var head = article.appendChild(el("header", "finding-head"));
    head.appendChild(el("span", "sev sev-" + row.severity, row.severity));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "kind-label", row.label));
    if (row["new"]) { head.appendChild(el("span", "new-badge", "new")); }
    if (row.status) { head.appendChild(el("span", "status status-" + row.status, row.status.replace("_", " "))); }
    head.appendChild(link("#" + anchor, "permalink", "link", "Link to this finding"));
    article.appendChild(el("h3", "message", detail.message));
    if (detail.lead) {  // an error or warning: its partial's description, note and lead line
      var description = compact.kinds[detail.kind][1];
      if (description) { article.appendChild(el("p", "kind-description", description)); }
      if (detail.note) { article.appendChild(el("p", "review-note", "Reviewer's note: " + detail.note)); }
      var line = article.appendChild(el("p", "lead"));
      detail.lead.forEach(function (item, i) {
        if (i) {
          line.appendChild(document.createTextNode(" "));
          line.appendChild(el("span", "vs", "vs"));
          line.appendChild(document.createTextNode(" "));
        }
        line.appendChild(detail.kind === "wording_drift" ? el("q", null, item[0]) : el("strong", "value", item[0]));
        line.appendChild(document.createTextNode(item[1] ? " " + item[1] + " " : " "));
        line.appendChild(el("span", "muted", item[2]));
      });
    }
    var documents = {};
    detail.claims.forEach(function (c) { documents[compact.cards[c][0]] = true; });
    var sources = Object.keys(documents).length;
    if (detail.kind === "agreement" && detail.claims.length) {
      var first = compact.cards[detail.claims[0]];
      var lead = article.appendChild(el("p", "lead agreed", "Agreed: "));
      lead.appendChild(el("strong", "value", first[4]));
      lead.appendChild(document.createTextNode(" "));
      lead.appendChild(el("span", "muted", first[5] + " · " + sources + (sources === 1 ? " source" : " sources")));
    }
    var cards = el("div", "sources");
    detail.claims.forEach(function (c) { cards.appendChild(sourceCard(c)); });
    if (detail.points) {
      var table = article.appendChild(el("table", "points"));
      var headRow = table.appendChild(el("thead")).appendChild(el("tr"));
      ["Period", "Value", "Reported in"].forEach(function (name) { headRow.appendChild(el("th", null, name)); });
      var tbodyPoints = table.appendChild(el("tbody"));
      detail.points.forEach(function (point) {
        var tr = tbodyPoints.appendChild(el("tr"));
        tr.appendChild(el("td", null, point[0]));
        var value = tr.appendChild(el("td", "num"));
        value.appendChild(el("strong", null, point[1]));
        value.appendChild(document.createTextNode(" "));
        value.appendChild(el("span", "muted", point[2]));
        var reported = tr.appendChild(el("td"));
        point[3].forEach(function (c, i) {
          var doc = compact.docs[compact.cards[c][0]];
          if (i) { reported.appendChild(document.createTextNode(", ")); }
          reported.appendChild(link("#" + c, null, doc[1], doc[2]));
        });
        if (!point[3].length) { reported.textContent = "—"; }
      });
      var more = article.appendChild(el("details", "series-sources"));
      more.appendChild(el("summary", null, "The " + detail.claims.length + " sentences"));
      more.appendChild(cards);
    } else {
      article.appendChild(cards);
    }
    if (detail.missing) {
      article.appendChild(el("p", "warning-note", "Claims missing from the audit data: " + detail.missing.join(", ")));
    }
    if (detail.details) {
      var box = article.appendChild(el("details", "finding-details"));
      box.appendChild(el("summary", null, "Matching details"));
      var list = box.appendChild(el("dl"));
      detail.details.forEach(function (pair) {
        var div = list.appendChild(el("div"));
        div.appendChild(el("dt", null, pair[0]));
        div.appendChild(el("dd")).appendChild(el("code", null, pair[1]));
      });
    }
    var prints = article.appendChild(el("p", "fingerprint", detail.fingerprints.length > 1 ? "Fingerprints " : "Fingerprint "));
    detail.fingerprints.forEach(function (print, i) {
      if (i) { prints.appendChild(document.createTextNode(" ")); }
      prints.appendChild(el("code", null, print));
    });
    return article;
  }

  function drawPage() {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * PAGE_SIZE;
    var fragment = document.createDocumentFragment();
    visible.slice(start, start + PAGE_SIZE).forEach(function (row) {
      fragment.appendChild(drawRow(row));
      if (state.open && row.anchor === state.selected) { fragment.appendChild(detailRow(row.anchor)); }
    });
    tbody.replaceChildren(fragment);
    noRows.hidden = visible.length > 0;
    pager.hidden = pages < 2;
    pageInfo.textContent = "Rows " + (visible.length ? start + 1 : 0) + "–" + Math.min(start + PAGE_SIZE, visible.length) +
      " of " + visible.length.toLocaleString("en") + " · page " + (state.page + 1) + " of " + pages;
    document.getElementById("page-prev").disabled = state.page === 0;
    document.getElementById("page-next").disabled = state.page >= pages - 1;
  }

  // Selecting and opening findings ---------------------------------------------------------------
  function select(anchor, open, scroll) {
    var index = visible.indexOf(byAnchor[anchor]);
    if (index < 0) { return; }
    state.selected = anchor;
    state.open = open;
    state.page = Math.floor(index / PAGE_SIZE);
    drawPage();
    lastFindingHash = "#" + anchor;
    backHash = lastFindingHash;
    if (window.location.hash !== lastFindingHash) { history.replaceState(null, "", lastFindingHash); }
    var tr = document.getElementById(anchor);
    if (tr && scroll) {
      tr.focus({ preventScroll: true });
      tr.scrollIntoView({ block: "start" });
    }
  }

  function step(delta) {
    if (!visible.length) { return; }
    var index = visible.indexOf(byAnchor[state.selected]);
    index = index < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(Math.max(index + delta, 0), visible.length - 1);
    select(visible[index].anchor, true, true);
  }

  tbody.addEventListener("click", function (event) {
    if (event.target.closest("a")) { return; }  // links inside an opened finding navigate
    var tr = event.target.closest("tr.row");
    if (!tr) { return; }
    var anchor = tr.getAttribute("data-anchor");
    select(anchor, !(state.open && state.selected === anchor), false);
  });

  // Views and fragments --------------------------------------------------------------------------
  function showView(name) {
    document.querySelectorAll("section.view").forEach(function (section) {
      section.hidden = section.getAttribute("data-view") !== name;
    });
    document.querySelectorAll("nav.tabs a").forEach(function (a) {
      a.classList.toggle("active", a.getAttribute("data-view") === name);
    });
    body.setAttribute("data-view", name);
  }

  function openSource(docAnchor, claimAnchor) {
    var tpl = document.getElementById("tpl-" + docAnchor);
    if (!tpl) { return false; }
    var target = document.getElementById("source-body");
    if (target.getAttribute("data-doc") !== docAnchor) {
      target.replaceChildren(document.importNode(tpl.content, true));
      target.setAttribute("data-doc", docAnchor);
    }
    var back = document.getElementById("back-link");
    back.setAttribute("href", backHash);
    back.textContent = backHash.indexOf("#check") === 0 ? "← Back to the checks"
      : backHash.indexOf("#reuse") === 0 ? "← Back to the text reuse"
      : backHash === "#documents" ? "← Back to the documents" : "← Back to the findings";
    showView("source");
    target.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    var anchor = claimAnchor ? document.getElementById(claimAnchor) : null;
    var mark = claimAnchor ? target.querySelector('mark[data-claim="' + claimAnchor + '"]') : null;
    if (mark) { mark.classList.add("flash"); }
    (mark || anchor || target).scrollIntoView({ block: claimAnchor ? "center" : "start" });
    return true;
  }

  function route() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (compact && own.call(compact.aliases, id)) { id = compact.aliases[id]; }  // an agreement shown in its group
    if (byAnchor[id]) {
      showView("findings");
      if (visible.indexOf(byAnchor[id]) < 0) { clearFilters(); }
      select(id, true, true);
    } else if (claimDocument(id) !== undefined) {
      openSource(claimDocument(id), id);
    } else if (id.indexOf("doc-") === 0 && openSource(id, null)) {
      window.scrollTo(0, 0);
    } else if (id === "documents" || id === "reuse" || id === "checks") {
      backTo(id);
      showView(id);
      window.scrollTo(0, 0);
    } else if ((id.indexOf("reuse-") === 0 || id.indexOf("check-") === 0) && document.getElementById(id)) {
      var view = id.indexOf("check-") === 0 ? "checks" : "reuse";
      backTo(id);
      showView(view);
      document.getElementById(id).scrollIntoView({ block: "start" });
    } else {
      showView("findings");
    }
  }

  function backTo(id) { backHash = "#" + id; }

  function clearFilters() {
    document.getElementById("filters").reset();
    refresh(false);
  }

  // Controls -------------------------------------------------------------------------------------
  ["kind", "severity", "source", "status", "new"].forEach(function (name) {
    if (inputs[name]) { inputs[name].addEventListener("change", function () { refresh(false); }); }
  });
  var typing = null;
  inputs.text.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () { refresh(false); }, 120);
  });
  document.getElementById("filters").addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("f-clear").addEventListener("click", function (event) {
    event.preventDefault();  // reset now, not after the event: a key pressed next sees all the rows
    clearFilters();
  });
  document.querySelectorAll("th[data-sort] button").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.parentElement.getAttribute("data-sort");
      state.dir = state.sort === key ? -state.dir : 1;
      state.sort = key;
      refresh(true);
    });
  });
  document.querySelectorAll("button[data-filter]").forEach(function (button) {
    button.addEventListener("click", function () {
      var input = inputs[button.getAttribute("data-filter")];
      var value = button.getAttribute("data-value");
      input.value = input.value === value ? "" : value;
      if (window.location.hash.slice(1) !== "findings") { history.pushState(null, "", "#findings"); }
      showView("findings");
      refresh(false);
    });
  });
  document.getElementById("page-prev").addEventListener("click", function () { state.page -= 1; drawPage(); });
  document.getElementById("page-next").addEventListener("click", function () { state.page += 1; drawPage(); });
  document.getElementById("help-close").addEventListener("click", function () { help.hidden = true; });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = event.target.tagName;
    var editing = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
    if (event.key === "Escape") {
      help.hidden = true;
      if (editing) { event.target.blur(); }
      return;
    }
    if (editing || (event.key === "Enter" && (tag === "BUTTON" || tag === "A"))) { return; }
    var inFindings = body.getAttribute("data-view") === "findings";
    switch (event.key) {
      case "?": help.hidden = !help.hidden; break;
      case "/":
        // No fragment navigation here: it moves the focus after ours, at a moment that varies.
        event.preventDefault();
        if (!inFindings) { history.pushState(null, "", "#findings"); showView("findings"); }
        inputs.text.focus();
        break;
      case "j": case "n": if (!inFindings) { window.location.hash = lastFindingHash; } step(1); break;
      case "k": case "p": if (!inFindings) { window.location.hash = lastFindingHash; } step(-1); break;
      case "o": case "Enter":
        if (inFindings && state.selected) { select(state.selected, !state.open, true); }
        break;
      case "s":
        if (inFindings && state.selected) {
          var first = document.querySelector("tr.detail a[href^='#claim-']");
          if (first) { window.location.hash = first.getAttribute("href"); }
        }
        break;
      case "f": window.location.hash = lastFindingHash; break;
      default: return;
    }
  });

  window.addEventListener("hashchange", route);
  refresh(false);
  if (document.readyState === "loading") {
    // The table is usable now; findings and documents open once the templates after this script are read.
    showView("findings");
    document.addEventListener("DOMContentLoaded", function () { drawPage(); route(); });
  } else {
    route();
  }
})();
