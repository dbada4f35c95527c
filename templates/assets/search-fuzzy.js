/*
 * lunr 2.3.9's edit-distance matching (TokenSet.fromFuzzyString, intersected with the index's terms): the page
 * keeps exactly the candidate terms lunr would, edits and quirks included (insertion, deletion, substitution and
 * transposition each cost one edit). Characters are UTF-16 code units, as in lunr.
 */

function node() {
  return { final: false, edges: new Map() };
}

function child(parent, char) {
  if (!parent.edges.has(char)) parent.edges.set(char, node());
  return parent.edges.get(char);
}

// Builds lunr's automaton for `str` frame by frame, as fromFuzzyString does ("*" is any character).
function automaton(str, editDistance) {
  const root = node();
  const stack = [{ at: root, edits: editDistance, str }];
  while (stack.length) {
    const frame = stack.pop();
    if (frame.str.length > 0) {
      const next = child(frame.at, frame.str.charAt(0));
      if (frame.str.length === 1) next.final = true;
      stack.push({ at: next, edits: frame.edits, str: frame.str.slice(1) });
    }
    if (frame.edits === 0) continue;
    const insertion = child(frame.at, "*");
    if (frame.str.length === 0) insertion.final = true;
    stack.push({ at: insertion, edits: frame.edits - 1, str: frame.str });
    if (frame.str.length > 1) stack.push({ at: frame.at, edits: frame.edits - 1, str: frame.str.slice(1) });
    if (frame.str.length === 1) frame.at.final = true;
    if (frame.str.length >= 1) {
      const substitution = child(frame.at, "*");
      if (frame.str.length === 1) substitution.final = true;
      stack.push({ at: substitution, edits: frame.edits - 1, str: frame.str.slice(1) });
    }
    if (frame.str.length > 1) {
      const transposed = child(frame.at, frame.str.charAt(1));
      stack.push({ at: transposed, edits: frame.edits - 1, str: frame.str.charAt(0) + frame.str.slice(2) });
    }
  }
  return root;
}

/** A test that says whether lunr's `term~editDistance` clause matches an index term. */
export function fuzzyMatcher(term, editDistance) {
  const root = automaton(term, editDistance);
  return (candidate) => {
    let states = [root];
    for (let i = 0; i < candidate.length && states.length; i++) {
      const char = candidate.charAt(i);
      const next = [];
      for (const state of states) {
        if (state.edges.has(char)) next.push(state.edges.get(char));
        if (char !== "*" && state.edges.has("*")) next.push(state.edges.get("*"));
      }
      states = next;
    }
    return states.some((s) => s.final);
  };
}
