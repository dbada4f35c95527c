/*
 * The DOM of the /search/ page's results and facets. Every piece of text is inserted with textContent or
 * createElement, never as HTML. search.js imports this module by its URL and passes in what it knows, its
 * texts (the theme's words in the page's language) included.
 */
const MAX_SECTIONS = 3;

const element = (tag, className, text) => {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

export const capitalize = (s) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

function excerpt(text, limit) {
  text = String(text ?? "");
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(" ", limit);
  return text.slice(0, cut > limit / 2 ? cut : limit).replace(/[\s,;:.]+$/, "") + "…";
}

// Appends text to parent, wrapping the words `marks` picks in <mark>; returns whether any was.
function appendHighlighted(parent, text, marks) {
  text = String(text ?? "");
  const re = /[\p{L}\p{N}_']+/gu;
  let at = 0;
  let any = false;
  for (const m of text.matchAll(re)) {
    if (!marks(m[0])) continue;
    if (m.index > at) parent.append(text.slice(at, m.index));
    parent.append(element("mark", "", m[0]));
    at = m.index + m[0].length;
    any = true;
  }
  if (at < text.length) parent.append(text.slice(at));
  return any;
}

// The page's headings that the query matches, as links to their anchors under the page's own link.
function sections(card, marks, texts) {
  const box = element("div", "search-result__sections");
  box.setAttribute("role", "list");
  box.setAttribute("aria-label", texts.text("matching_sections"));
  for (const [text, id] of card.sections ?? []) {
    if (box.childElementCount >= MAX_SECTIONS) break;
    const link = element("a", "search-result__section");
    link.href = `${card.url}#${encodeURIComponent(id)}`;
    if (!appendHighlighted(link, text, marks)) continue;
    const item = element("div", "search-result__section-item");
    item.setAttribute("role", "listitem");
    item.append(link);
    box.append(item);
  }
  return box.childElementCount > 0 ? box : null;
}

/** One result: an item of #search-results whose first link is the page. */
export function resultItem(card, marks, tags, texts) {
  const li = element("li", `card search-result card--${card.type}`);
  const typeLine = element("p", "card__type");
  typeLine.append(element("span", `badge badge--${card.type}`, texts.type(card.type)));
  const heading = element("h2", "card__title");
  const link = element("a", "search-result__link");
  link.href = card.url;
  appendHighlighted(link, card.title, marks);
  heading.append(link);
  li.append(typeLine, heading);
  if (card.summary) {
    const summary = element("p", "card__summary");
    appendHighlighted(summary, excerpt(card.summary, 240), marks);
    li.append(summary);
  }
  const found = sections(card, marks, texts);
  if (found) li.append(found);
  const when = texts.date(card.date);
  if (when) {
    const meta = element("p", "card__meta");
    const time = element("time", "", when);
    time.dateTime = card.date;
    meta.append(time);
    li.append(meta);
  }
  if (card.tags?.length) {
    const list = element("ul", "card__tags");
    list.setAttribute("role", "list");
    list.setAttribute("aria-label", texts.text("topics"));
    for (const slug of card.tags) {
      const info = tags.get(slug);
      const chip = element(info?.url ? "a" : "span", "chip chip--small", info?.name ?? slug.replace(/-/g, " "));
      if (info?.url) chip.href = info.url;
      const item = element("li");
      item.append(chip);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** A facet's fieldset of checkboxes with counts; `onChange(value, checked, id)` reports a click. */
export function facetFieldset(group, values, counts, selected, onChange) {
  const fieldset = element("fieldset", "search-facet");
  fieldset.dataset.facet = group.key;
  fieldset.append(element("legend", "", group.legend));
  const list = element("ul");
  list.setAttribute("role", "list");
  values.forEach((value, i) => {
    const box = element("input");
    box.type = "checkbox";
    box.id = `facet-${group.key}-${i}`;
    box.value = value;
    box.checked = selected.has(value);
    box.dataset.facet = group.key;
    box.addEventListener("change", () => onChange(value, box.checked, box.id));
    const label = element("label");
    label.htmlFor = box.id;
    label.append(element("span", "", group.label(value)), " ", element("span", "search-facet__count", `(${counts.get(value)})`));
    const item = element("li");
    item.append(box, label);
    list.append(item);
  });
  fieldset.append(list);
  return fieldset;
}
