#!/usr/bin/python3
"""Walks Satchel's accessibility tree over AT-SPI, as a screen reader (Orca) sees it, and prints
role and name of each node in reading order: first the gallery, then the detail page of the first
card (opened with the keyboard: focus on the card, Enter).

Run through run-atspi-walk.sh, which starts Xvfb, a D-Bus session, the AT-SPI bus and
`satchel --demo` with accessibility forced on. Not part of ctest: it needs X and takes a while.
"""
import sys
import time

import gi
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

SKIP_ROLES = {"filler", "panel", "scroll pane", "viewport", "redundant object", "section"}


def find_app(name, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and name in (app.get_name() or "").lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, depth, out, limit, web=False):
    if node is None or len(out) >= limit:
        return
    try:
        role = node.get_role_name()
        name = node.get_name() or ""
        states = node.get_state_set()
        showing = states.contains(Atspi.StateType.SHOWING)
    except Exception:  # a node that went away while walking
        return
    # Web content reports SHOWING only for what is scrolled into view: read it all, as Orca's
    # browse mode does.
    web = web or role.startswith("document")
    if depth > 0 and not showing and not web and role not in ("menu", "page tab"):
        return
    if role not in SKIP_ROLES or name:
        out.append("%s%s: %s" % ("  " * depth, role, name))
    try:
        count = node.get_child_count()
    except Exception:
        return
    # A list of many cards: the first few say enough.
    shown = min(count, 12 if role in ("list", "table", "tree table") else 400)
    for i in range(shown):
        walk(node.get_child_at_index(i), depth + 1, out, limit, web)
    if shown < count:
        out.append("%s… %d more" % ("  " * (depth + 1), count - shown))


def find(node, predicate, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if predicate(node):
            return node
        for i in range(node.get_child_count()):
            hit = find(node.get_child_at_index(i), predicate, depth + 1)
            if hit is not None:
                return hit
    except Exception:
        return None
    return None


def main():
    app = find_app("satchel", 60)
    if app is None:
        print("satchel did not appear on the AT-SPI bus", file=sys.stderr)
        return 2
    time.sleep(3)  # thumbnails, trust lines
    out = []
    walk(app, 0, out, 400)
    print("=== gallery ===")
    print("\n".join(out))

    # As a learner would: the search box has the focus at start; Down goes to the first card,
    # Enter opens it.
    search = find(app, lambda n: n.get_role_name() == "text" and (n.get_name() or "") == "Search the wallet")
    if search is None:
        print("no search box", file=sys.stderr)
        return 3
    search.get_component_iface().grab_focus()
    time.sleep(0.5)
    for keysym in (0xff54, 0xff0d):  # Down, Return
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
        time.sleep(0.5)
    page = None
    for _ in range(30):  # the web view renders the page, then builds its tree
        time.sleep(1)
        page = find(app, lambda n: n.get_role_name() in ("document web", "document frame"))
        if page is not None and page.get_child_count() > 0:
            break
    out = []
    walk(page if page is not None else app, 0, out, 400)
    print("=== detail page ===")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
