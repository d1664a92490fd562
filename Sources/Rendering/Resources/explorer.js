/* NewsGraph explorer: pan and zoom, search, filters and an evidence panel for
 * a Graphviz map inlined into one HTML page.
 *
 * The page runs under a hash-only Content-Security-Policy and its names and
 * sentences come from news articles, so all UI is built with DOM calls and
 * every piece of data is shown as text (textContent, text nodes), never
 * parsed as markup. */
(function () {
  'use strict';

  const SVG_NS = 'http://www.w3.org/2000/svg';
  // Fallbacks matching Sources/Rendering/MapStyle.swift for anything the SVG
  // does not show. Which kinds and types are listed always comes from the data.
  const KIND_LOOKS = {
    person: ['ellipse', '#fde2b3'], organization: ['box', '#cfe3f7'], country: ['hexagon', '#d6f0d0'],
    policy: ['note', '#efe0f7'], location: ['house', '#eeeeee'],
  };
  const TYPE_COLORS = {
    leads: '#1f4e99', member_of: '#5b8bd0', opposes: '#c62828', supports: '#2e7d32', targets: '#e65100',
    enacts: '#6a1b9a', applies_to: '#8e5fb5', located_in: '#757575', meets: '#00838f', reported: '#9e9e9e',
  };
  // Graphviz's node shapes, drawn small for the legend (22×14).
  const SWATCH_SHAPES = {
    ellipse: 'M1 7A10 6 0 1 0 21 7A10 6 0 1 0 1 7Z',
    box: 'M1 1H21V13H1Z',
    hexagon: 'M1 7L5 1H17L21 7L17 13H5Z',
    note: 'M1 1H16L21 6V13H1ZM16 1V6H21',
    house: 'M11 1L21 6L19 13H3L1 6Z',
  };
  const MAX_SUGGESTIONS = 8;
  const EVIDENCE_SHOWN = 3; // per neighbour; the rest behind a "more" button
  const DRAG_THRESHOLD = 4; // pixels a press may move and still be a click
  const COMMIT_DELAY = 150; // ms of stillness before the viewBox is redrawn

  // ---------- small DOM helpers: properties and text, never markup ----------

  function el(tag, props, ...children) {
    const element = Object.assign(document.createElement(tag), props);
    element.append(...children); // strings become text nodes
    return element;
  }

  function text(tag, className, content) {
    return el(tag, { className, textContent: content });
  }

  function svgEl(tag, attributes) {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  }

  function button(label, onClick, props) {
    const element = el('button', { type: 'button', textContent: label, ...props });
    if (onClick) element.addEventListener('click', onClick);
    return element;
  }

  function section(title, ...children) {
    return el('section', {}, el('h3', { textContent: title }), ...children);
  }

  function plural(count, word, words) {
    return count + ' ' + (count === 1 ? word : words || word + 's');
  }

  function push(map, key, value) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(value);
  }

  // ---------- the graph and its drawing ----------

  const graph = readGraph();
  const mapBox = document.getElementById('map');
  const svg = mapBox.querySelector('svg');
  const documentsById = new Map(graph.documents.map((d) => [d.id, d]));
  const entitiesById = new Map(graph.entities.map((e) => [e.id, e]));
  const nodes = new Map(); // entity id -> <g class="node entity KIND">
  const edges = []; // {el, source, target, relations}, one per drawn edge
  const edgesByElement = new Map();
  const edgesByEntity = new Map();
  const links = new Map(); // entity id -> [{relation, other, outgoing}]

  // Optional lists made empty once, so no reader has to check.
  function readGraph() {
    const data = JSON.parse(document.getElementById('graph-data').textContent);
    for (const key of ['documents', 'entities', 'relations']) data[key] = data[key] || [];
    for (const entity of data.entities) {
      Object.assign(entity, { aliases: entity.aliases || [], documents: entity.documents || [] });
    }
    for (const relation of data.relations) relation.evidence = relation.evidence || [];
    return data;
  }

  function indexGraph() {
    const byPair = new Map();
    for (const relation of graph.relations) {
      push(links, relation.source, { relation, other: relation.target, outgoing: true });
      if (relation.target !== relation.source) {
        push(links, relation.target, { relation, other: relation.source, outgoing: false });
      }
      push(byPair, relation.source + ' ' + relation.target, relation);
    }
    for (const node of svg.querySelectorAll('g.node.entity')) {
      const id = node.id.slice(7);
      if (node.id.startsWith('entity.') && entitiesById.has(id)) nodes.set(id, node);
    }
    // One edge per directed pair, its id naming both ends and its types:
    // relation.<source>.<type+type>.<target>. Ids and types hold no '.'.
    for (const element of svg.querySelectorAll('g.edge.relation')) {
      const [prefix, source, typeList, target, extra] = element.id.split('.');
      if (prefix !== 'relation' || !target || extra !== undefined) continue;
      const types = typeList.split('+');
      const relations = (byPair.get(source + ' ' + target) || []).filter((r) => types.includes(r.type));
      if (relations.length === 0) continue;
      const edge = { el: element, source, target, relations };
      edges.push(edge);
      edgesByElement.set(element, edge);
      push(edgesByEntity, source, edge);
      if (target !== source) push(edgesByEntity, target, edge);
      addHitArea(element);
    }
  }

  // Edges are a pixel or two wide. An unpainted copy of each path, hit-tested
  // by its wide stroke, makes them easy to click.
  function addHitArea(edgeElement) {
    const path = edgeElement.querySelector('path');
    if (path) path.before(svgEl('path', { d: path.getAttribute('d'), class: 'hit' }));
  }

  function entityName(id) {
    return entitiesById.get(id)?.name ?? id;
  }

  // ---------- colours and shapes, read from the SVG where it has them ----------

  // Known names in MapStyle's order, then unknown ones alphabetically.
  function ordered(values, known) {
    const rank = (key) => (known.includes(key) ? known.indexOf(key) : known.length);
    return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }

  const kinds = ordered(graph.entities.map((e) => e.kind), Object.keys(KIND_LOOKS));
  const types = ordered(graph.relations.map((r) => r.type), Object.keys(TYPE_COLORS));
  const kindColors = new Map();
  const typeColors = new Map();

  function readColors() {
    for (const kind of kinds) {
      const node = [...nodes].find(([id]) => entitiesById.get(id).kind === kind)?.[1];
      const fill = node?.querySelector('ellipse[fill], polygon[fill], path[fill]')?.getAttribute('fill');
      kindColors.set(kind, fill && fill !== 'none' ? fill : KIND_LOOKS[kind]?.[1] || '#ffffff');
    }
    // The map's own legend writes "━ type" in the type's colour; otherwise an
    // edge whose strongest type (first in its class) it is.
    const legendTexts = [...svg.querySelectorAll('g.legend text[fill]')];
    for (const type of types) {
      const entry = legendTexts.find((t) => t.textContent.trim() === '━ ' + type);
      const edge = edges.find((e) => e.el.classList[2] === type);
      const color = entry?.getAttribute('fill') || edge?.el.querySelector('path[stroke]')?.getAttribute('stroke');
      typeColors.set(type, color || TYPE_COLORS[type] || '#555555');
    }
  }

  function kindSwatch(kind) {
    const shape = SWATCH_SHAPES[KIND_LOOKS[kind]?.[0]] || SWATCH_SHAPES.ellipse;
    const swatch = svgEl('svg', { class: 'swatch', viewBox: '0 0 22 14' });
    swatch.append(svgEl('path', { d: shape, fill: kindColors.get(kind), stroke: '#555555' }));
    return swatch;
  }

  function typeSwatch(type) {
    const swatch = el('span', { className: 'line-swatch' });
    swatch.style.backgroundColor = typeColors.get(type) || '#555555'; // CSSOM: allowed by the CSP
    return swatch;
  }

  // ---------- viewport: pan and zoom ----------

  const home = readViewBox(); // the whole drawing, what Fit shows
  const view = { x: home.x, y: home.y, w: home.w, h: home.h };
  let drawn = { ...view }; // what the viewBox attribute currently says
  let viewSize = { width: 1, height: 1 };
  let framePending = false;
  let commitTimer = 0;
  let animation = null;
  let suppressClick = false; // set by a drag, so its closing click selects nothing
  const centres = new Map(); // entity id -> node centre in viewBox units

  function readViewBox() {
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) return { x: box.x, y: box.y, w: box.width, h: box.height };
    const bounds = svg.getBBox();
    return { x: bounds.x, y: bounds.y, w: bounds.width || 1, h: bounds.height || 1 };
  }

  // Screen pixels per viewBox unit; the view keeps the map's aspect ratio.
  function scale() {
    return viewSize.width / view.w;
  }

  // While the view moves, a CSS transform shifts the last drawing (the
  // compositor moves pixels); the viewBox, whose change redraws every node,
  // is rewritten once the movement pauses. That keeps 500 nodes smooth.
  function drawSoon() {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      const s = scale();
      svg.style.transform = 'translate(' + (drawn.x - view.x) * s + 'px, ' + (drawn.y - view.y) * s + 'px) '
        + 'scale(' + drawn.w / view.w + ')';
      clearTimeout(commitTimer);
      commitTimer = setTimeout(commit, COMMIT_DELAY);
    });
  }

  function commit() {
    clearTimeout(commitTimer);
    svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].map((v) => v.toFixed(2)).join(' '));
    svg.style.transform = '';
    drawn = { ...view };
  }

  // From about one node's width up close to four times the whole map.
  function clampWidth(width) {
    const most = Math.max(home.w, home.h * viewSize.width / viewSize.height) * 4;
    return Math.min(Math.max(width, Math.min(home.w, home.h) / 100), most);
  }

  function setView(x, y, width) {
    view.w = clampWidth(width);
    view.h = view.w * viewSize.height / viewSize.width;
    view.x = x;
    view.y = y;
    drawSoon();
  }

  // Keeps the centre and the zoom, so showing or hiding the panel does not jump.
  function onResize() {
    const unitsPerPixel = view.w / viewSize.width;
    const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    viewSize = { width: Math.max(mapBox.clientWidth, 1), height: Math.max(mapBox.clientHeight, 1) };
    const width = viewSize.width * unitsPerPixel;
    setView(centre.x - width / 2, centre.y - width * viewSize.height / viewSize.width / 2, width);
    commit(); // a transform cannot stretch the old drawing to a new aspect ratio
  }

  function fitView() {
    const s = Math.min(viewSize.width / home.w, viewSize.height / home.h) / 1.02;
    const width = viewSize.width / s;
    return [home.x + home.w / 2 - width / 2, home.y + home.h / 2 - viewSize.height / s / 2, width];
  }

  function fit() {
    animateTo(...fitView());
  }

  // Zooms keeping the point under (px, py), in pixels from the map's corner, in place.
  function zoomAt(factor, px, py) {
    stopAnimation();
    const s = scale();
    const width = clampWidth(view.w / factor);
    const next = viewSize.width / width;
    setView(view.x + px / s - px / next, view.y + py / s - py / next, width);
  }

  function zoomCentre(factor) {
    zoomAt(factor, viewSize.width / 2, viewSize.height / 2);
  }

  function panBy(dx, dy) {
    stopAnimation();
    setView(view.x - dx / scale(), view.y - dy / scale(), view.w);
  }

  // A short ease, so a jump to a far entity keeps the reader oriented.
  function animateTo(x, y, width) {
    stopAnimation();
    const from = { ...view };
    const start = performance.now();
    const step = (now) => {
      const t = Math.min((now - start) / 250, 1);
      const ease = t * (2 - t);
      setView(from.x + (x - from.x) * ease, from.y + (y - from.y) * ease, from.w + (width - from.w) * ease);
      animation = t < 1 ? requestAnimationFrame(step) : null;
    };
    animation = requestAnimationFrame(step);
  }

  function stopAnimation() {
    if (animation !== null) cancelAnimationFrame(animation);
    animation = null;
  }

  // Measured once: nodes never move, and measuring during a selection would
  // force a layout of the whole map.
  function measureCentres() {
    const box = mapBox.getBoundingClientRect();
    const s = scale();
    for (const [id, node] of nodes) {
      const r = node.getBoundingClientRect();
      const x = view.x + (r.left + r.width / 2 - box.left) / s;
      centres.set(id, { x, y: view.y + (r.top + r.height / 2 - box.top) / s });
    }
  }

  // Shows an entity with as many of its shown neighbours as fit at a readable
  // zoom (labels at 3/4 size or more, 1:1 at most unless already closer),
  // keeping the entity itself well inside the view.
  function centreOn(id) {
    const centre = centres.get(id);
    if (!centre || nodes.get(id).classList.contains('filtered-out')) return;
    const near = [id, ...(links.get(id) || []).map((link) => link.other)]
      .filter((other) => centres.has(other) && !nodes.get(other).classList.contains('filtered-out'))
      .map((other) => centres.get(other));
    const pad = 80; // room for the outermost labels, in viewBox units
    const [left, right] = [Math.min(...near.map((p) => p.x)) - pad, Math.max(...near.map((p) => p.x)) + pad];
    const [top, bottom] = [Math.min(...near.map((p) => p.y)) - pad, Math.max(...near.map((p) => p.y)) + pad];
    const fits = Math.min(viewSize.width / (right - left), viewSize.height / (bottom - top));
    const s = Math.min(Math.max(scale(), 1), Math.max(fits, 0.75));
    const [halfW, halfH] = [viewSize.width / s / 2, viewSize.height / s / 2];
    const clamp = (value, middle, half) => Math.min(Math.max(value, middle - half), middle + half);
    const x = clamp((left + right) / 2, centre.x, Math.max(halfW - 2 * pad, 0));
    const y = clamp((top + bottom) / 2, centre.y, Math.max(halfH - pad, 0));
    animateTo(x - halfW, y - halfH, 2 * halfW);
  }



  function installViewport() {
    svg.removeAttribute('width'); // CSS sizes it to the window instead
    svg.removeAttribute('height');
    viewSize = { width: Math.max(mapBox.clientWidth, 1), height: Math.max(mapBox.clientHeight, 1) };
    setView(...fitView());
    commit();
    measureCentres();
    new ResizeObserver(onResize).observe(mapBox);

    svg.addEventListener('wheel', (event) => {
      event.preventDefault();
      const box = mapBox.getBoundingClientRect();
      const pixels = event.deltaY * (event.deltaMode === 1 ? 20 : event.deltaMode === 2 ? 400 : 1);
      zoomAt(Math.exp(-pixels * 0.002), event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });

    let press = null;
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      press = { x: event.clientX, y: event.clientY, id: event.pointerId, dragging: false };
      suppressClick = false;
    });
    svg.addEventListener('pointermove', (event) => {
      if (!press || event.pointerId !== press.id) return;
      const dx = event.clientX - press.x;
      const dy = event.clientY - press.y;
      if (!press.dragging) {
        if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        press.dragging = true;
        svg.setPointerCapture(event.pointerId);
        svg.classList.add('panning');
      }
      panBy(dx, dy);
      Object.assign(press, { x: event.clientX, y: event.clientY });
    });
    const release = (event) => {
      if (!press || event.pointerId !== press.id) return;
      suppressClick = press.dragging;
      svg.classList.remove('panning');
      press = null;
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
  }

  // ---------- search: names as the CLI matches them, plus prefixes ----------

  // As NameKey.normalize in NewsGraphCore: accents, case, punctuation and
  // symbols dropped, spaces collapsed, a leading "the" ignored.
  function nameKey(name) {
    const words = String(name).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, '').split(/\s+/).filter(Boolean);
    if (words.length > 1 && words[0] === 'the') words.shift();
    return words.join(' ');
  }

  // Name, aliases and, for a person, the bare surname ("Sheinbaum").
  const searchIndex = graph.entities.map((entity) => {
    const forms = [entity.name, ...entity.aliases];
    const words = entity.name.trim().split(/\s+/);
    if (entity.kind === 'person' && words.length > 1) forms.push(words[words.length - 1]);
    return { entity, keys: [...new Set(forms.map(nameKey).filter(Boolean))] };
  });

  // Exact beats prefix beats substring, and as in the CLI an exact name beats
  // an exact alias (the name's key comes first); more mentions, then the
  // name, break ties.
  function search(query) {
    const key = nameKey(query);
    if (!key) return [];
    const found = [];
    for (const { entity, keys } of searchIndex) {
      const rank = Math.max(...keys.map((k, index) =>
        (k === key ? (index === 0 ? 4 : 3) : k.startsWith(key) ? 2 : k.includes(key) ? 1 : 0)));
      if (rank > 0) found.push({ entity, rank });
    }
    found.sort((a, b) => b.rank - a.rank || (b.entity.mentions || 0) - (a.entity.mentions || 0)
      || a.entity.name.localeCompare(b.entity.name));
    return found.slice(0, MAX_SUGGESTIONS).map((match) => match.entity);
  }

  function buildSearch() {
    const input = el('input', {
      id: 'search', type: 'search', placeholder: 'Find an entity…  ( / )', autocomplete: 'off', spellcheck: false,
    });
    input.setAttribute('aria-label', 'Find an entity');
    const list = el('ul', { id: 'suggestions', className: 'suggestions', hidden: true });
    list.setAttribute('role', 'listbox');
    let found = [];
    let active = 0;
    const show = () => {
      found = search(input.value);
      active = 0;
      list.replaceChildren(...found.map((entity, index) => {
        const item = el('li', { className: index === 0 ? 'active' : '' },
          text('span', 'suggestion-name', entity.name),
          text('span', 'suggestion-kind', entity.kind));
        item.dataset.entity = entity.id;
        item.setAttribute('role', 'option');
        return item;
      }));
      list.hidden = found.length === 0;
    };
    const choose = (id) => {
      list.hidden = true;
      input.blur();
      selectEntity(id, true);
    };
    input.addEventListener('input', show);
    input.addEventListener('focus', () => { if (input.value) show(); });
    input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
    input.addEventListener('keydown', (event) => {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && found.length) {
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length;
        [...list.children].forEach((item, index) => item.classList.toggle('active', index === active));
      } else if (event.key === 'Enter' && found.length) {
        choose(found[active].id);
      } else if (event.key === 'Escape') {
        list.hidden = true;
        input.blur();
      }
    });
    // mousedown, not click: it comes before the input's blur hides the list.
    list.addEventListener('mousedown', (event) => {
      const item = event.target.closest('li');
      if (!item) return;
      event.preventDefault();
      input.value = entityName(item.dataset.entity);
      choose(item.dataset.entity);
    });
    return el('div', { className: 'search' }, input, list);
  }

  // ---------- selection: highlight an ego network, dim the rest ----------

  let marked = []; // elements carrying .selected or .ego, so clearing is cheap
  let selection = null;

  function clearMarks() {
    for (const element of marked) element.classList.remove('selected', 'ego');
    marked = [];
    svg.classList.remove('focus');
  }

  // Callers fill the panel first: its scroll reset then lays out only the
  // panel, before the map's new classes call for a restyle of every node.
  function highlight(state, selected, ego) {
    clearMarks();
    selection = state;
    svg.classList.add('focus');
    for (const [elements, className] of [[selected, 'selected'], [ego, 'ego']]) {
      for (const element of elements.filter(Boolean)) {
        element.classList.add(className);
        marked.push(element);
      }
    }
  }

  function selectEntity(id, centre) {
    const entity = entitiesById.get(id);
    if (!entity) return;
    showEntity(entity);
    const ego = [nodes.get(id)];
    for (const edge of edgesByEntity.get(id) || []) {
      ego.push(edge.el, nodes.get(edge.source === id ? edge.target : edge.source));
    }
    highlight({ entity: id }, [nodes.get(id)], ego);
    if (centre) centreOn(id);
  }

  function selectEdge(edge) {
    showEdge(edge);
    highlight({ edge: edge.el.id }, [edge.el], [edge.el, nodes.get(edge.source), nodes.get(edge.target)]);
  }

  function selectDocument(doc) {
    const ego = [...nodes].filter(([id]) => entitiesById.get(id).documents.includes(doc.id)).map(([, n]) => n);
    for (const edge of edges) {
      if (edge.relations.some((r) => r.evidence.some((e) => e.document === doc.id))) ego.push(edge.el);
    }
    highlight({ document: doc.id }, [], ego);
  }

  function clearSelection() {
    showOverview();
    clearMarks();
    selection = null;
  }

  // Graphviz wraps shapes and labels in <a>: find the node or edge around them.
  function onMapClick(event) {
    event.preventDefault(); // an <a> with an href must not navigate
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    const node = event.target.closest('g.node.entity');
    const edge = event.target.closest('g.edge.relation');
    if (node && node.id.startsWith('entity.')) selectEntity(node.id.slice(7), false);
    else if (edge && edgesByElement.has(edge)) selectEdge(edgesByElement.get(edge));
    else if (!event.target.closest('g.node.legend')) clearSelection();
  }

  // ---------- the side panel ----------

  const panelTitle = el('h2', { id: 'panel-title' });
  const panelBody = el('div', { id: 'panel-body', className: 'panel-body' });

  function buildPanel() {
    // Entity names in the panel are buttons carrying data-entity.
    panelBody.addEventListener('click', (event) => {
      const link = event.target.closest('[data-entity]');
      if (link) selectEntity(link.dataset.entity, true);
    });
    const close = button('×', () => togglePanel(false), { className: 'close', title: 'Hide the panel' });
    return el('aside', { id: 'panel' }, el('header', { className: 'panel-header' }, panelTitle, close), panelBody);
  }

  function togglePanel(open) {
    document.body.classList.toggle('panel-closed', !open);
  }

  function showPanel(title, ...children) {
    panelBody.scrollTop = 0;
    panelTitle.textContent = title;
    panelBody.replaceChildren(...children);
    togglePanel(true);
  }

  function entityLink(id) {
    const link = button(entityName(id), null, { className: 'entity-link' });
    link.dataset.entity = id;
    return link;
  }

  function documentNote(docId, modality) {
    const doc = documentsById.get(docId);
    const note = text('span', 'source', [doc?.title ?? docId, doc?.date].filter(Boolean).join(' · '));
    if (modality && modality !== 'asserted') note.append(' ', text('span', 'modality', modality));
    return note;
  }

  function evidenceList(evidence, limit) {
    const list = el('ul', { className: 'evidence' }, ...evidence.map((item, index) =>
      el('li', { hidden: index >= limit },
        el('q', { textContent: item.sentence }), documentNote(item.document, item.modality))));
    if (evidence.length <= limit) return list;
    const more = button(plural(evidence.length - limit, 'more sentence'), () => {
      for (const row of list.children) row.hidden = false;
      more.remove();
    }, { className: 'more' });
    return el('div', {}, list, more);
  }

  // Newest first, undated last; a title highlights the entities it mentions.
  function documentList(docIds) {
    const docs = docIds.map((id) => documentsById.get(id) || { id, title: id });
    docs.sort((a, b) => (b.date || '').localeCompare(a.date || '') || String(a.title).localeCompare(String(b.title)));
    return el('ul', { className: 'documents' }, ...docs.map((doc) => el('li', {},
      button(doc.title || doc.id, () => selectDocument(doc),
        { className: 'doc-title', title: 'Highlight its entities' }),
      text('span', 'doc-meta', [doc.date, doc.path].filter(Boolean).join(' · ')))));
  }

  function showEntity(entity) {
    const docs = entity.documents;
    const parts = [el('p', { className: 'facts' }, text('span', 'kind', entity.kind),
      ' ' + plural(entity.mentions || 0, 'mention') + ' in ' + plural(docs.length, 'document'))];
    if (entity.aliases.length) parts.push(text('p', 'aliases', 'Also: ' + entity.aliases.join(', ')));
    if (!nodes.has(entity.id)) parts.push(text('p', 'note', 'Not drawn on this map.'));
    showPanel(entity.name, ...parts, ...neighbourSections(entity.id), section('Documents', documentList(docs)));
  }

  // Neighbours grouped by type and direction: "leads →" groups, then "← member_of".
  function neighbourSections(id) {
    const groups = new Map();
    for (const link of links.get(id) || []) push(groups, (link.outgoing ? '0' : '1') + link.relation.type, link);
    return [...groups.keys()].sort().map((key) => {
      const type = key.slice(1);
      const group = groups.get(key).sort((a, b) => b.relation.weight - a.relation.weight
        || entityName(a.other).localeCompare(entityName(b.other)));
      const heading = (key[0] === '0' ? type + ' →' : '← ' + type) + ' (' + group.length + ')';
      const list = el('ul', { className: 'neighbours' }, ...group.map(({ relation, other }) => el('li', {},
        el('div', { className: 'neighbour' }, typeSwatch(type), entityLink(other),
          text('span', 'weight', '×' + relation.weight)),
        evidenceList(relation.evidence, EVIDENCE_SHOWN))));
      return Object.assign(section(heading, list), { className: 'relation-group' });
    });
  }

  function showEdge(edge) {
    const parts = edge.relations.map((relation) => {
      const confidence = relation.confidence == null ? '' : ' · confidence ' + Number(relation.confidence).toFixed(2);
      const facts = el('p', { className: 'facts' }, typeSwatch(relation.type),
        el('strong', { textContent: relation.type }), ' weight ' + relation.weight + confidence);
      return Object.assign(section(relation.type, facts, evidenceList(relation.evidence, Infinity)),
        { className: 'relation-group' });
    });
    showPanel(entityName(edge.source) + ' → ' + entityName(edge.target),
      el('p', { className: 'pair' }, entityLink(edge.source), ' → ', entityLink(edge.target)), ...parts);
  }

  function showDocuments() {
    showPanel('Documents (' + graph.documents.length + ')',
      text('p', 'note', 'Click a title to highlight the entities it mentions.'),
      documentList(graph.documents.map((d) => d.id)));
  }

  function showOverview() {
    const help = ['Click an entity or an edge to read its evidence.',
      'Drag to pan; wheel, + and − to zoom; 0 or F fits the map.',
      'Arrow keys pan, / finds, Escape clears the selection.'];
    showPanel(document.title || 'NewsGraph',
      text('p', 'facts', plural(graph.entities.length, 'entity', 'entities') + ' · '
        + plural(graph.relations.length, 'relation') + ' · ' + plural(graph.documents.length, 'document')),
      section('Legend', legend()),
      section('How to', el('ul', { className: 'help' }, ...help.map((line) => el('li', { textContent: line })))));
  }

  // In the panel rather than over the map, where it would hide nodes.
  function legend() {
    const row = (swatch, name) => el('li', {}, swatch, el('span', { textContent: name }));
    return el('div', { id: 'key', className: 'key' },
      el('ul', {}, ...kinds.map((kind) => row(kindSwatch(kind), kind))),
      el('ul', {}, ...types.map((type) => row(typeSwatch(type), type))));
  }

  // ---------- filters ----------

  const filters = { kinds: new Set(kinds), types: new Set(types), minWeight: 1, from: '', to: '' };
  const filterStatus = el('p', { id: 'filter-status', className: 'note' });

  // Undated documents drop out once a date bound is set.
  function inRange(docId) {
    if (!filters.from && !filters.to) return true;
    const date = (documentsById.get(docId)?.date || '').slice(0, 10);
    return Boolean(date) && (!filters.from || date >= filters.from) && (!filters.to || date <= filters.to);
  }

  // Classes, not removal: the layout stays put and a filter undoes cleanly.
  // An edge's weight counts only its checked types, and with a date range
  // only its evidence in range; without one, the weight the graph gives.
  function applyFilters() {
    const dated = Boolean(filters.from || filters.to);
    const shown = new Set();
    for (const [id, node] of nodes) {
      const entity = entitiesById.get(id);
      const keep = filters.kinds.has(entity.kind) && (!dated || entity.documents.some(inRange));
      node.classList.toggle('filtered-out', !keep);
      if (keep) shown.add(id);
    }
    let edgeCount = 0;
    for (const edge of edges) {
      const counted = edge.relations.filter((r) => filters.types.has(r.type));
      const weight = counted.reduce((sum, r) => sum
        + (dated ? r.evidence.filter((e) => inRange(e.document)).length : r.weight), 0);
      const keep = counted.length > 0 && (dated ? weight > 0 : true) && weight >= filters.minWeight
        && shown.has(edge.source) && shown.has(edge.target);
      edge.el.classList.toggle('filtered-out', !keep);
      edgeCount += keep ? 1 : 0;
    }
    filterStatus.textContent = 'Showing ' + shown.size + ' of ' + nodes.size + ' entities, '
      + edgeCount + ' of ' + edges.length + ' edges.';
  }

  function checkboxRow(name, value, swatch, count) {
    return el('label', { className: 'check' }, el('input', { type: 'checkbox', name, value, checked: true }), swatch,
      el('span', { textContent: value }), text('span', 'count', count));
  }

  function buildFilters() {
    const drawnKinds = [...nodes.keys()].map((id) => entitiesById.get(id).kind);
    const box = el('div', { id: 'filters', className: 'popover filters', hidden: true },
      section('Entity kinds', ...kinds.map((kind) =>
        checkboxRow('kind', kind, kindSwatch(kind), drawnKinds.filter((k) => k === kind).length))),
      section('Relation types', ...types.map((type) =>
        checkboxRow('type', type, typeSwatch(type), graph.relations.filter((r) => r.type === type).length))),
      weightFilter(), ...dateFilter(), filterStatus,
      button('Show everything', () => resetFilters(box), { className: 'reset' }));
    box.addEventListener('change', (event) => {
      const input = event.target;
      const set = input.name === 'kind' ? filters.kinds : input.name === 'type' ? filters.types : null;
      if (set && input.checked) set.add(input.value);
      else if (set) set.delete(input.value);
      applyFilters();
    });
    return box;
  }

  function weightFilter() {
    const most = Math.max(1, ...edges.map((e) => e.relations.reduce((sum, r) => sum + r.weight, 0)));
    const input = el('input', { id: 'min-weight', type: 'number', min: 1, max: most, value: 1 });
    input.addEventListener('input', () => {
      filters.minWeight = Math.max(1, Number(input.value) || 1);
      applyFilters();
    });
    return section('Minimum weight',
      el('label', { className: 'field' }, 'At least ', input, ' sentences per edge (max ' + most + ')'));
  }

  // Offered only when some document has a date.
  function dateFilter() {
    const dates = graph.documents.map((d) => (d.date || '').slice(0, 10)).filter(Boolean).sort();
    if (dates.length === 0) return [];
    const field = (name, key) => {
      const input = el('input', { id: 'date-' + key, type: 'date', min: dates[0], max: dates[dates.length - 1] });
      input.addEventListener('change', () => {
        filters[key] = input.value;
        applyFilters();
      });
      return el('label', { className: 'field' }, text('span', 'field-name', name), input);
    };
    const heading = 'Documents dated ' + dates[0] + ' to ' + dates[dates.length - 1];
    return [section(heading, field('From', 'from'), field('To', 'to'))];
  }

  function resetFilters(box) {
    for (const input of box.querySelectorAll('input')) {
      if (input.type === 'checkbox') input.checked = true;
      else input.value = input.type === 'number' ? 1 : '';
    }
    Object.assign(filters, { kinds: new Set(kinds), types: new Set(types), minWeight: 1, from: '', to: '' });
    applyFilters();
  }

  // ---------- toolbar and keys ----------

  let closeFilters = () => {};

  function buildToolbar(filterBox) {
    const toggleFilters = (open) => {
      filterBox.hidden = !open;
      filtersButton.setAttribute('aria-expanded', String(open));
    };
    const filtersButton = button('Filters', () => toggleFilters(filterBox.hidden),
      { id: 'filters-button', title: 'Entity kinds, relation types, weight and dates' });
    filtersButton.setAttribute('aria-expanded', 'false');
    closeFilters = () => toggleFilters(false);
    const bar = el('div', { id: 'toolbar', className: 'toolbar' },
      text('span', 'title', document.title || 'NewsGraph'),
      buildSearch(),
      button('Fit', fit, { id: 'fit-button', title: 'Show the whole map (0 or F)' }),
      button('−', () => zoomCentre(1 / 1.4), { id: 'zoom-out', className: 'zoom', title: 'Zoom out (−)' }),
      button('+', () => zoomCentre(1.4), { id: 'zoom-in', className: 'zoom', title: 'Zoom in (+)' }),
      filtersButton,
      button('Documents', showDocuments, { id: 'documents-button', title: 'The articles this map was built from' }),
      el('span', { className: 'spacer' }),
      button('Panel', () => togglePanel(document.body.classList.contains('panel-closed')),
        { id: 'panel-button', title: 'Show or hide the side panel' }));
    bar.setAttribute('role', 'toolbar');
    return bar;
  }

  function onKey(event) {
    if (event.target.closest('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) return;
    const step = Math.min(viewSize.width, viewSize.height) * 0.15;
    const actions = {
      '+': () => zoomCentre(1.25), '=': () => zoomCentre(1.25), '-': () => zoomCentre(0.8), '_': () => zoomCentre(0.8),
      0: fit, f: fit, F: fit,
      ArrowLeft: () => panBy(step, 0), ArrowRight: () => panBy(-step, 0),
      ArrowUp: () => panBy(0, step), ArrowDown: () => panBy(0, -step),
      Escape: () => { closeFilters(); clearSelection(); },
      '/': () => document.getElementById('search').focus(),
    };
    if (!actions[event.key]) return;
    event.preventDefault();
    actions[event.key]();
  }

  // ---------- start ----------

  function start() {
    indexGraph();
    readColors();
    const filterBox = buildFilters();
    document.body.insertBefore(buildToolbar(filterBox), mapBox);
    mapBox.after(buildPanel());
    mapBox.append(filterBox);
    installViewport();
    applyFilters();
    svg.addEventListener('click', onMapClick);
    document.addEventListener('keydown', onKey);
    showOverview();
    // Read-only entry points for the browser test and the console.
    window.newsgraphExplorer = Object.freeze({
      readyAt: performance.now(),
      selectEntity: (id) => selectEntity(id, true),
      clearSelection,
      fit,
      search: (query) => search(query).map((e) => e.id),
      get selection() { return selection; },
    });
  }

  start();
})();
