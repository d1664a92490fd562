#!/usr/bin/env python3
"""Browser test of the page `newsgraph html` writes (explorer.js/.css).

Usage:
    python3 Scripts/test-explorer.py --seeds SEEDS.html --hostile HOSTILE.html \\
        --screenshot-dir DIR

SEEDS.html is the page for graphs/seeds.json (it must hold Claudia Sheinbaum,
Mexico and some policy entities); HOSTILE.html one whose names, titles and
sentences try to inject markup that would set `window.__pwned` (at least one
entity name holds "<"; a name with accents, if any, is searched for without
them, in capitals).

Needs, installed by the caller (this script installs nothing):
  - Debian packages `chromium` and `chromium-driver` (the chromedriver binary
    is looked up on PATH and in /usr/bin, /usr/lib/chromium);
  - PyPI package `selenium` (4.x).
It never lets Selenium Manager fetch a driver: the driver path is explicit.

It drives headless Chromium at 1440×900 and checks, exiting 1 with a
message on the first failure:
  - both pages load, and stay after use, without console errors or warnings
    and without any network request (resource timing entries and Chrome's
    performance log; data: URLs, which never leave the browser, excepted);
  - seeds: searching "Sheinbaum" + Enter selects Claudia Sheinbaum (node
    highlighted, the rest dimmed, panel titled with her name); her panel lists
    Mexico with evidence; clicking a neighbour selects it; unchecking the
    "policy" kind hides every policy node and its edges, rechecking shows them;
    unchecking a relation type, a minimum weight and a start date hide exactly
    the edges/entities they should, "Show everything" restores the map;
    clicking an edge shows its evidence; zoom buttons, wheel, drag, keys and
    Fit keep a valid viewBox; Escape clears the selection; the Documents
    button lists the documents;
  - hostile: the page title, the hostile names (suggestions, panel), their
    evidence sentences and the document titles show as text; no <img>, extra
    <script>, iframe/object/embed or on* attribute exists; `window.__pwned`
    stays undefined and no alert/confirm/prompt is called.
Screenshots: DIR/explorer-seeds.png (Sheinbaum selected) and
DIR/explorer-hostile.png.
"""
import argparse
import json
import math
import pathlib
import shutil
import sys
import time
import unicodedata

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    sys.exit('test-explorer: needs the selenium package (pip install selenium)')


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


# Counts dialogs before any page script runs; CDP scripts are exempt from the page's CSP.
DIALOG_SENTINEL = """
window.__dialogs = 0;
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = function () { window.__dialogs += 1; return null; };
}
"""


def find_executable(names, extra_dirs):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
        for directory in extra_dirs:
            candidate = pathlib.Path(directory) / name
            if candidate.exists():
                return str(candidate)
    return None


def start_browser():
    driver_path = find_executable(['chromedriver'], ['/usr/bin', '/usr/lib/chromium'])
    browser_path = find_executable(['chromium', 'chromium-browser'], ['/usr/bin', '/usr/lib/chromium'])
    check(driver_path is not None, 'chromedriver not found: install the Debian package chromium-driver')
    check(browser_path is not None, 'chromium not found: install the Debian package chromium')
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for argument in ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                     '--window-size=1440,900', '--hide-scrollbars', '--no-first-run',
                     '--disable-background-networking', '--disable-component-update', '--disable-sync',
                     '--disable-default-apps', '--disable-extensions']:
        options.add_argument(argument)
    options.set_capability('goog:loggingPrefs', {'browser': 'ALL', 'performance': 'ALL'})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_window_size(1440, 900)
    driver.execute_cdp_cmd('Page.addScriptToEvaluateOnNewDocument', {'source': DIALOG_SENTINEL})
    return driver


def load(driver, path):
    url = pathlib.Path(path).resolve().as_uri()
    driver.get_log('browser')  # drop anything from earlier pages
    driver.get_log('performance')
    driver.get(url)
    try:
        WebDriverWait(driver, 20).until(lambda d: d.execute_script('return Boolean(window.newsgraphExplorer)'))
    except WebDriverException:
        raise Failure(f'{path}: the explorer did not start (window.newsgraphExplorer missing); console: '
                      f'{console_messages(driver)}')
    driver.execute_script('return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))')
    return url


def console_messages(driver):
    return [f"{entry['level']}: {entry['message']}" for entry in driver.get_log('browser')]


def assert_quiet(driver, url, label):
    """No console errors or warnings and no network request besides the page itself."""
    messages = console_messages(driver)
    bad = [m for m in messages if m.startswith(('SEVERE', 'WARNING')) or 'Refused' in m]
    check(not bad, f'{label}: console messages: {bad}')
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    check(not resources, f'{label}: resources were fetched: {resources}')
    requests = []
    for entry in driver.get_log('performance'):
        message = json.loads(entry['message'])['message']
        if message.get('method') == 'Network.requestWillBeSent':
            request_url = message['params']['request']['url']
            # data: URLs never leave the browser (Chromium's own date-picker icon is one).
            if request_url != url and not request_url.startswith('data:'):
                requests.append(request_url)
    check(not requests, f'{label}: network requests: {requests}')


def assert_no_dialogs(driver, label):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        raise Failure(f'{label}: a dialog opened: {text!r}')
    except NoAlertPresentException:
        pass
    check(driver.execute_script('return window.__dialogs') == 0, f'{label}: alert/confirm/prompt was called')
    check(driver.execute_script("return typeof window.__pwned") == 'undefined',
          f'{label}: injected script ran (window.__pwned is set)')


def view_box(driver):
    text = driver.execute_script("return document.querySelector('#map svg').getAttribute('viewBox')")
    numbers = [float(part) for part in (text or '').split()]
    check(len(numbers) == 4 and all(math.isfinite(n) for n in numbers) and numbers[2] > 0 and numbers[3] > 0,
          f'invalid viewBox {text!r}')
    return numbers


def settle(driver, seconds=0.5):
    """Wait out the 250 ms view animation, the viewBox update 150 ms after it, and a frame."""
    time.sleep(seconds)
    driver.execute_script('return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))')


def graph_data(driver):
    return driver.execute_script("return JSON.parse(document.getElementById('graph-data').textContent)")


def entity_named(graph, name):
    for entity in graph['entities']:
        if entity['name'] == name:
            return entity
    raise Failure(f'no entity named {name!r} in the page data')


def panel_title(driver):
    return driver.execute_script("return document.getElementById('panel-title').textContent")


def search_and_enter(driver, text):
    box = driver.find_element(By.ID, 'search')
    box.clear()
    box.send_keys(text)
    suggestions = driver.execute_script(
        "return [...document.querySelectorAll('#suggestions li')].map(li => li.querySelector('.suggestion-name').textContent)")
    box.send_keys(Keys.ENTER)
    settle(driver)
    return suggestions


def selected_ids(driver):
    return driver.execute_script(
        "return [...document.querySelectorAll('#map g.node.selected')].map(g => g.id)")


def hidden(driver, selector):
    """How many elements match, and how many of them are not displayed."""
    return driver.execute_script("""
        const all = [...document.querySelectorAll(arguments[0])];
        return [all.length, all.filter(e => getComputedStyle(e).display === 'none').length];
    """, selector)


def test_search_and_select(driver, graph):
    sheinbaum = entity_named(graph, 'Claudia Sheinbaum')
    mexico = entity_named(graph, 'Mexico')
    suggestions = search_and_enter(driver, 'Sheinbaum')
    check(suggestions[:1] == ['Claudia Sheinbaum'], f'search "Sheinbaum" suggested {suggestions}')
    check(selected_ids(driver) == [f"entity.{sheinbaum['id']}"], f'selected nodes: {selected_ids(driver)}')
    check(panel_title(driver) == 'Claudia Sheinbaum', f'panel title is {panel_title(driver)!r}')
    dimmed = driver.execute_script("""
        const svg = document.querySelector('#map svg');
        // Faded by opacity or by fill/stroke opacity, as the shapes are painted.
        const faded = (node) => {
          const shape = node.querySelector('ellipse, polygon, path');
          const style = getComputedStyle(shape);
          return Number(getComputedStyle(node).opacity) * Number(style.fillOpacity) * Number(style.strokeOpacity);
        };
        const other = svg.querySelector('g.node.entity:not(.ego)');
        const own = svg.querySelector('g.node.selected');
        return [svg.classList.contains('focus'), other ? faded(other) : 0, faded(own)];
    """)
    check(dimmed[0] and dimmed[1] < 0.5 and dimmed[2] == 1, f'ego network not highlighted/dimmed: {dimmed}')
    evidence = driver.execute_script("""
        for (const link of document.querySelectorAll('#panel-body .neighbours .entity-link')) {
          if (link.textContent !== arguments[0]) continue;
          const sentences = link.closest('li').querySelectorAll('.evidence q');
          return [...sentences].map(q => q.textContent);
        }
        return null;
    """, mexico['name'])
    check(evidence is not None, 'Mexico is not among Claudia Sheinbaum\'s neighbours in the panel')
    check(any(sentence.strip() for sentence in evidence), 'no evidence sentence under Mexico')
    groups = driver.execute_script(
        "return [...document.querySelectorAll('#panel-body .relation-group h3')].map(h => h.textContent)")
    check(any(g.startswith('leads →') for g in groups), f'no "leads →" group in {groups}')
    print(f'ok: search selects Claudia Sheinbaum; groups {groups}')


def test_neighbour_click(driver, graph):
    mexico = entity_named(graph, 'Mexico')
    link = driver.execute_script("""
        return [...document.querySelectorAll('#panel-body .entity-link')].find(l => l.textContent === arguments[0]);
    """, mexico['name'])
    link.click()
    settle(driver)
    check(panel_title(driver) == 'Mexico', f'clicking Mexico in the panel gave {panel_title(driver)!r}')
    check(selected_ids(driver) == [f"entity.{mexico['id']}"], f'selected after neighbour click: {selected_ids(driver)}')
    print('ok: clicking a neighbour selects it')


def test_escape(driver):
    driver.find_element(By.TAG_NAME, 'body').send_keys(Keys.ESCAPE)
    settle(driver, 0.05)
    state = driver.execute_script(
        "return [document.querySelectorAll('#map .selected, #map .ego').length,"
        " document.querySelector('#map svg').classList.contains('focus')]")
    check(state == [0, False], f'Escape left a selection: {state}')
    print('ok: Escape clears the selection')


def test_kind_filter(driver, kind='policy'):
    driver.find_element(By.ID, 'filters-button').click()
    box = driver.find_element(By.CSS_SELECTOR, f'#filters input[name="kind"][value="{kind}"]')
    total, none_hidden = hidden(driver, f'#map g.node.entity.{kind}')
    check(total > 0 and none_hidden == 0, f'{kind} nodes before filtering: {total} drawn, {none_hidden} hidden')
    box.click()
    total, now_hidden = hidden(driver, f'#map g.node.entity.{kind}')
    check(now_hidden == total, f'unchecking {kind} hid {now_hidden} of {total} nodes')
    edges_shown = driver.execute_script("""
        const kind = arguments[0];
        return [...document.querySelectorAll('#map g.edge.relation')].filter(e => {
          const [, s, , t] = e.id.split('.');
          const ends = [s, t].map(id => document.getElementById('entity.' + id));
          return ends.some(n => n && n.classList.contains(kind)) && getComputedStyle(e).display !== 'none';
        }).length;
    """, kind)
    check(edges_shown == 0, f'{edges_shown} edges of hidden {kind} nodes still shown')
    box.click()
    total, still_hidden = hidden(driver, f'#map g.node.entity.{kind}')
    check(still_hidden == 0, f'rechecking {kind} left {still_hidden} of {total} nodes hidden')
    driver.find_element(By.ID, 'filters-button').click()
    check(not driver.find_element(By.ID, 'filters').is_displayed(), 'the filter panel did not close')
    print(f'ok: the {kind} checkbox hides and shows its {total} nodes')


# Which drawn edges and nodes are displayed, by id.
SHOWN = """
    const shown = (selector) => [...document.querySelectorAll(selector)]
      .filter(e => getComputedStyle(e).display !== 'none').map(e => e.id);
    return [shown('#map g.node.entity'), shown('#map g.edge.relation')];
"""


def test_other_filters(driver, graph):
    """Relation types, minimum weight and dates hide exactly the edges and nodes they should."""
    driver.find_element(By.ID, 'filters-button').click()
    nodes, edges = driver.execute_script(SHOWN)
    relations = {}
    for r in graph['relations']:
        relations.setdefault((r['source'], r['target']), []).append(r)

    def edge_relations(edge_id):
        _, source, types, target = edge_id.split('.')
        return [r for r in relations[(source, target)] if r['type'] in types.split('+')]

    counts = {}
    for edge_id in edges:
        for r in edge_relations(edge_id):
            counts[r['type']] = counts.get(r['type'], 0) + 1
    dropped = max(counts, key=counts.get)
    driver.find_element(By.CSS_SELECTOR, f'#filters input[name="type"][value="{dropped}"]').click()
    _, after = driver.execute_script(SHOWN)
    expected = [e for e in edges if any(r['type'] != dropped for r in edge_relations(e))]
    check(sorted(after) == sorted(expected), f'unchecking {dropped}: {len(after)} edges shown, expected {len(expected)}')
    driver.find_element(By.CSS_SELECTOR, f'#filters input[name="type"][value="{dropped}"]').click()

    weights = sorted({sum(r['weight'] for r in edge_relations(e)) for e in edges})
    threshold = weights[len(weights) // 2]
    box = driver.find_element(By.ID, 'min-weight')
    box.clear()
    box.send_keys(str(threshold))
    _, after = driver.execute_script(SHOWN)
    expected = [e for e in edges if sum(r['weight'] for r in edge_relations(e)) >= threshold]
    check(sorted(after) == sorted(expected), f'minimum weight {threshold}: {len(after)} edges shown, expected {len(expected)}')

    dates = sorted(d['date'] for d in graph['documents'] if d.get('date'))
    if dates:
        last = dates[-1][:10]
        driver.execute_script("""
            const input = document.getElementById('date-from');
            input.value = arguments[0];
            input.dispatchEvent(new Event('change', {bubbles: true}));
        """, last)
        after_nodes, _ = driver.execute_script(SHOWN)
        recent = {d['id'] for d in graph['documents'] if (d.get('date') or '')[:10] >= last}
        expected = [n for n in nodes if set(entity_by_id(graph, n[7:])['documents']) & recent]
        check(sorted(after_nodes) == sorted(expected),
              f'from {last}: {len(after_nodes)} entities shown, expected {len(expected)}')
    driver.find_element(By.CSS_SELECTOR, '#filters > button').click()  # Show everything
    check(driver.execute_script(SHOWN) == [nodes, edges], '"Show everything" did not restore the map')
    driver.find_element(By.ID, 'filters-button').click()
    print(f'ok: type, weight (>= {threshold}) and date filters hide the right edges and entities')


def entity_by_id(graph, entity_id):
    return next(e for e in graph['entities'] if e['id'] == entity_id)


def test_edge_click(driver, graph):
    driver.find_element(By.ID, 'fit-button').click()
    settle(driver)
    # Click an edge's label (or its path) inside the map, where nothing covers it.
    candidates = driver.execute_script("""
        const map = document.getElementById('map').getBoundingClientRect();
        return [...document.querySelectorAll('#map g.edge.relation')].map(e => {
          const target = e.querySelector('text') || e.querySelector('path:not(.hit)');
          const r = target.getBoundingClientRect();
          return [e.id, r.left + r.width / 2, r.top + r.height / 2];
        }).filter(([, x, y]) => x > map.left + 20 && x < map.right - 20 && y > map.top + 20 && y < map.bottom - 20);
    """)
    check(candidates, 'no edge is visible to click')
    map_box = driver.find_element(By.ID, 'map')
    centre = driver.execute_script(
        "const r = document.getElementById('map').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]")
    for edge_id, x, y in candidates:
        hit = driver.execute_script(
            "const t = document.elementFromPoint(arguments[0], arguments[1]);"
            " return t && t.closest('g.edge.relation') ? t.closest('g.edge.relation').id : null", x, y)
        if hit != edge_id:
            continue
        ActionChains(driver).move_to_element_with_offset(map_box, int(x - centre[0]), int(y - centre[1])).click().perform()
        break
    else:
        raise Failure('no edge could be clicked')
    settle(driver, 0.05)
    _, source, types, target = edge_id.split('.')
    names = {e['id']: e['name'] for e in graph['entities']}
    expected = f'{names[source]} → {names[target]}'
    check(panel_title(driver) == expected, f'clicking edge {edge_id} gave panel {panel_title(driver)!r}')
    shown = driver.execute_script(
        "return [...document.querySelectorAll('#panel-body .evidence q')].map(q => q.textContent)")
    wanted = [ev['sentence'] for r in graph['relations'] if r['source'] == source and r['target'] == target
              and r['type'] in types.split('+') for ev in r['evidence']]
    check(shown and sorted(shown) == sorted(wanted), f'edge {edge_id}: panel evidence {shown} != data {wanted}')
    check(driver.execute_script(
        "return document.getElementById(arguments[0]).classList.contains('selected')", edge_id), 'edge not highlighted')
    print(f'ok: clicking edge {edge_id} shows its {len(shown)} evidence sentences')


def test_view(driver):
    driver.find_element(By.ID, 'fit-button').click()
    settle(driver)
    fitted = view_box(driver)
    driver.find_element(By.ID, 'zoom-in').click()
    settle(driver)
    zoomed = view_box(driver)
    check(zoomed[2] < fitted[2], f'zoom in did not zoom: {fitted} -> {zoomed}')
    svg = driver.find_element(By.CSS_SELECTOR, '#map svg')
    ActionChains(driver).scroll_from_origin(ScrollOrigin.from_element(svg), 0, 300).perform()
    settle(driver)
    wheeled = view_box(driver)
    check(wheeled[2] > zoomed[2], f'wheel down did not zoom out: {zoomed} -> {wheeled}')
    ActionChains(driver).move_to_element(svg).click_and_hold().move_by_offset(60, 40).move_by_offset(60, 40) \
        .release().perform()
    settle(driver)
    dragged = view_box(driver)
    check(dragged[0] < wheeled[0] and dragged[1] < wheeled[1] and abs(dragged[2] - wheeled[2]) < 1e-6,
          f'drag did not pan: {wheeled} -> {dragged}')
    body = driver.find_element(By.TAG_NAME, 'body')
    body.send_keys('+')
    settle(driver)
    check(view_box(driver)[2] < dragged[2], 'the + key did not zoom in')
    body.send_keys(Keys.ARROW_RIGHT)
    settle(driver)
    body.send_keys('0')
    settle(driver)
    refit = view_box(driver)
    check(all(abs(a - b) < 0.5 for a, b in zip(refit, fitted)), f'0 did not fit again: {fitted} vs {refit}')
    driver.find_element(By.ID, 'fit-button').click()
    settle(driver)
    again = view_box(driver)
    check(all(abs(a - b) < 0.5 for a, b in zip(again, fitted)), f'Fit is not stable: {fitted} vs {again}')
    bounds = driver.execute_script("""
        const r = document.querySelector('#map svg g.graph').getBoundingClientRect();
        const m = document.getElementById('map').getBoundingClientRect();
        return [r.left - m.left, r.top - m.top, m.right - r.right, m.bottom - r.bottom];
    """)
    check(all(b > -2 for b in bounds), f'after Fit the map sticks out of its box: {bounds}')
    print(f'ok: zoom buttons, wheel, drag, keys and Fit keep a valid viewBox {again}')


def test_documents(driver, graph):
    driver.find_element(By.ID, 'documents-button').click()
    titles = driver.execute_script(
        "return [...document.querySelectorAll('#panel-body .documents .doc-title')].map(b => b.textContent)")
    check(sorted(titles) == sorted(d['title'] for d in graph['documents']), f'document list {titles}')
    print(f'ok: the Documents button lists {len(titles)} documents')


def run_seeds(driver, page, shots):
    url = load(driver, page)
    assert_quiet(driver, url, 'seeds page')
    graph = graph_data(driver)
    view_box(driver)
    test_search_and_select(driver, graph)
    driver.save_screenshot(str(shots / 'explorer-seeds.png'))
    test_neighbour_click(driver, graph)
    test_escape(driver)
    test_kind_filter(driver)
    test_other_filters(driver, graph)
    test_edge_click(driver, graph)
    test_escape(driver)
    test_view(driver)
    test_documents(driver, graph)
    assert_quiet(driver, url, 'seeds page after interaction')


def run_hostile(driver, page, shots):
    url = load(driver, page)
    assert_quiet(driver, url, 'hostile page')
    assert_no_dialogs(driver, 'hostile page on load')
    graph = graph_data(driver)
    hostile = [e for e in graph['entities'] if '<' in e['name']]
    check(hostile, 'the hostile page has no entity with "<" in its name')
    title = driver.execute_script("return [document.title, document.querySelector('#toolbar .title').textContent]")
    check(title[0] == title[1], f'page title shown as {title[1]!r}, not {title[0]!r}')
    for entity in hostile:
        name = entity['name']
        driver.execute_script('window.newsgraphExplorer.clearSelection()')
        if any(c.isalnum() for c in name):
            # Typed as is: the search must find it and the panel show it, both as text.
            suggestions = search_and_enter(driver, name)
            check(name in suggestions, f'searching {name!r} suggested {suggestions}')
        else:  # punctuation only: nothing to search by
            driver.execute_script('window.newsgraphExplorer.selectEntity(arguments[0])', entity['id'])
        check(panel_title(driver) == name, f'panel title {panel_title(driver)!r} != {name!r}')
        panel_text = driver.execute_script("return document.getElementById('panel').textContent")
        check(name in panel_text, f'{name!r} not shown as text in the panel')
    accented = [e for e in graph['entities'] if e['name'] != e['name'].encode('ascii', 'ignore').decode()]
    for entity in accented[:1]:
        plain = ''.join(c for c in unicodedata.normalize('NFD', entity['name']) if not unicodedata.combining(c))
        suggestions = search_and_enter(driver, plain.upper())
        check(entity['name'] in suggestions, f'searching {plain.upper()!r} did not find {entity["name"]!r}: {suggestions}')
    # Show a hostile entity with its evidence for the screenshot.
    driver.execute_script('window.newsgraphExplorer.selectEntity(arguments[0])', hostile[0]['id'])
    settle(driver)
    sentences = driver.execute_script(
        "return [...document.querySelectorAll('#panel-body .evidence q')].map(q => q.textContent)")
    hostile_sentences = [ev['sentence'] for r in graph['relations'] for ev in r['evidence'] if '<' in ev['sentence']
                         and hostile[0]['id'] in (r['source'], r['target'])]
    check(all(s in sentences for s in hostile_sentences), f'hostile sentences not shown as text: {sentences}')
    driver.find_element(By.ID, 'documents-button').click()
    titles = driver.execute_script(
        "return [...document.querySelectorAll('#panel-body .doc-title')].map(b => b.textContent)")
    check(sorted(titles) == sorted(d['title'] for d in graph['documents']), f'hostile document titles: {titles}')
    driver.execute_script('window.newsgraphExplorer.selectEntity(arguments[0])', hostile[0]['id'])
    settle(driver)
    elements = driver.execute_script(
        "return [document.querySelectorAll('img').length, document.querySelectorAll('script').length,"
        " document.querySelectorAll('#map svg script, #map svg foreignObject, #map svg animate, #map svg set,"
        " #map svg use, iframe, object, embed').length,"
        " [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name)"
        "   || /(href|src|action)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value))).length]")
    check(elements == [0, 2, 0, 0], f'data became markup: [img, script, active svg, handlers or javascript: URLs] = {elements}')
    driver.save_screenshot(str(shots / 'explorer-hostile.png'))
    assert_no_dialogs(driver, 'hostile page after interaction')
    assert_quiet(driver, url, 'hostile page after interaction')
    print(f'ok: {len(hostile)} hostile names shown as text, nothing injected')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--seeds', required=True, help='page made from graphs/seeds.json')
    parser.add_argument('--hostile', required=True, help='page made from a graph with hostile names')
    parser.add_argument('--screenshot-dir', required=True)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    shots = pathlib.Path(args.screenshot_dir)
    shots.mkdir(parents=True, exist_ok=True)
    driver = None
    try:
        driver = start_browser()
        run_seeds(driver, args.seeds, shots)
        run_hostile(driver, args.hostile, shots)
    except Failure as failure:
        print(f'test-explorer: FAILED: {failure}', file=sys.stderr)
        return 1
    except WebDriverException as error:
        print(f'test-explorer: FAILED: browser error: {error.msg or error}', file=sys.stderr)
        return 1
    finally:
        if driver is not None:
            driver.quit()
    print('test-explorer: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
