#!/usr/bin/env python3
"""Screenshot of a page `newsgraph html` wrote, as a reader sees it, for the README.

Usage:
    python3 Scripts/screenshot-page.py PAGE.html OUT.png [--select NAME]

Opens PAGE in headless Chromium at 1440×900 (the browser set-up of
Scripts/test-explorer.py, whose needs Scripts/setup-browser.sh installs),
selects the entity the search finds first for NAME, and saves OUT.
"""
import argparse
import importlib.util
import pathlib
import sys

spec = importlib.util.spec_from_file_location('test_explorer', pathlib.Path(__file__).with_name('test-explorer.py'))
explorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(explorer)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('page')
    parser.add_argument('output')
    parser.add_argument('--select', help='search for this name and select the first match')
    args = parser.parse_args()
    driver = explorer.start_browser()
    try:
        explorer.load(driver, args.page)
        if args.select:
            found = driver.execute_script('return window.newsgraphExplorer.search(arguments[0])', args.select)
            if not found:
                sys.exit(f'screenshot-page: nothing named "{args.select}" in {args.page}')
            driver.execute_script('window.newsgraphExplorer.selectEntity(arguments[0])', found[0])
            explorer.settle(driver, 1.0)
        driver.save_screenshot(args.output)
    finally:
        driver.quit()
    print(f'wrote {args.output}')


if __name__ == '__main__':
    main()
