/* digest search: filters the index that the build wrote into search-index.js.
   No request leaves the page, so it works offline and opened from disk. */
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var needsScript = document.getElementById("search-needs-script");
  var index = window.digestSearchIndex;
  if (!form || !input || !status || !results || !index) return;
  if (needsScript) needsScript.hidden = true;

  // Weights: a word in the title says more about an article than one deep in its text.
  // A speaker's name is in the quotes field: "Lee Jae-myung" finds what Lee is quoted saying.
  var FIELDS = [["title", 8], ["keywords", 4], ["quotes", 3], ["lead", 2], ["outlet", 2], ["text", 1]];
  var SNIPPET = 90;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var documents = index.articles.map(function (article) {
    return {
      article: article,
      title: fold(article.title),
      keywords: fold(article.keywords.join(" · ")),
      lead: fold(article.lead),
      outlet: fold(article.outlet),
      quoted: (article.quotes || []).map(fold),
      quotes: fold((article.quotes || []).join(" · ")),
      text: fold(article.text)
    };
  });

  function termsOf(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (term) { return term; });
  }

  // Where a word of the text starts with the term, or -1: "hall" finds "Hall" and "halls",
  // not "challenges"; "great" finds "greatest", not "ungreat".
  var WORD_CHARACTER = /[\p{L}\p{N}]/u;
  function wordAt(text, term) {
    var at = text.indexOf(term);
    while (at > 0 && WORD_CHARACTER.test(text.charAt(at - 1))) at = text.indexOf(term, at + 1);
    return at;
  }

  function score(doc, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var found = 0;
      for (var j = 0; j < FIELDS.length; j++) {
        if (wordAt(doc[FIELDS[j][0]], terms[i]) !== -1) found += FIELDS[j][1];
      }
      if (!found) return 0; // every word must appear somewhere
      total += found;
    }
    return total;
  }

  // The quotation every term is in, if any: a search for what someone said shows it whole.
  function quoted(doc, terms) {
    for (var q = 0; q < doc.quoted.length; q++) {
      var all = terms.every(function (term) { return wordAt(doc.quoted[q], term) !== -1; });
      if (all) return doc.article.quotes[q];
    }
    return null;
  }

  function snippet(doc, terms) {
    var quote = quoted(doc, terms);
    if (quote) return quote;
    var text = doc.article.text;
    var at = -1;
    for (var i = 0; i < terms.length && at === -1; i++) at = wordAt(doc.text, terms[i]);
    if (at === -1) return doc.article.lead;
    // Cut at spaces, so the excerpt starts and ends with whole words.
    var start = at > SNIPPET ? text.indexOf(" ", at - SNIPPET) + 1 : 0;
    var end = text.indexOf(" ", at + SNIPPET);
    if (end === -1) end = text.length;
    return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show(query) {
    var terms = termsOf(query);
    results.replaceChildren();
    if (!terms.length) {
      status.textContent = "";
      return;
    }
    var found = documents
      .map(function (doc, order) { return { doc: doc, score: score(doc, terms), order: order }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    var count = found.length === 1 ? "1 article matches" : found.length + " articles match";
    status.textContent = count + " “" + query.trim() + "”.";
    found.forEach(function (hit) {
      var article = hit.doc.article;
      var item = element("li", "card");
      var heading = element("h2", "card-title");
      var link = element("a", "", article.title);
      link.href = article.href;
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = [article.outlet, article.date, article.event].filter(Boolean).join(" · ");
      item.appendChild(element("p", "meta", meta));
      item.appendChild(element("p", "lead", snippet(hit.doc, terms)));
      results.appendChild(item);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
  });
  input.addEventListener("input", function () { show(input.value); });

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    show(query);
  }
})();
