#!/usr/bin/env python3
"""AT-SPI smoke test: Berth as a screen reader sees it on Linux.

    atspi-wizard.py BERTH_BINARY

Runs inside a D-Bus session and an X server (ctest starts it as
`dbus-run-session -- xvfb-run -a python3 atspi-wizard.py BERTH`). Starts Berth with Qt's AT-SPI
bridge on, finds it on the accessibility bus, presses "New Docker setup…" through AT-SPI's
action interface (as an assistive tool does), dumps the wizard's accessibility tree and checks
that every focusable field, button and box of its first page has a name, and that the fields
carry the names of their labels. Exits 0 when they do, 1 with the offending nodes otherwise.
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

FIELD_ROLES = {
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_PASSWORD_TEXT,
}
# Fields of the wizard's first page and the start of the names their labels give them.
EXPECTED_NAMES = ["Folder", "Compose project name", "Django project folder", "Settings module", "WSGI module"]


def wait_for(what, probe, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = probe()
        if found is not None:
            return found
        time.sleep(0.1)  # polling the bus, bounded by the deadline
    sys.exit(f"atspi-wizard: {what} did not appear within {seconds} s")


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that went away while walking
        return []


def walk(node, depth=0):
    yield node, depth
    for child in children(node):
        if child is not None:
            yield from walk(child, depth + 1)


def application():
    for app in children(pyatspi.Registry.getDesktop(0)):
        if app is not None and app.name.lower() == "berth":
            return app
    return None


def find(root, role, name):
    for node, _ in walk(root):
        if node.getRole() == role and node.name == name and node.getState().contains(pyatspi.STATE_SHOWING):
            return node
    return None


def wizard_window(app):
    # The wizard is a window of its own; its first page has the folder field.
    for window in children(app):
        if window is None or not window.getState().contains(pyatspi.STATE_SHOWING):
            continue
        for node, _ in walk(window):
            if node.getRole() in FIELD_ROLES and node.name.startswith("Folder"):
                return window
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: atspi-wizard.py BERTH_BINARY")
    home = tempfile.mkdtemp(prefix="berth-atspi-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb",
               LANG="C.UTF-8", LANGUAGE="en")
    berth = subprocess.Popen([sys.argv[1]], env=env)
    try:
        app = wait_for("Berth on the accessibility bus", application, 60)
        new_setup = wait_for("the start page's “New Docker setup…” button",
                             lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "New Docker setup…"), 30)
        new_setup.queryAction().doAction(0)
        wizard = wait_for("the wizard", lambda: wizard_window(app), 30)

        problems = []
        named = []
        print("atspi-wizard: the wizard's accessibility tree")
        for node, depth in walk(wizard):
            state = node.getState()
            role = node.getRole()
            showing = state.contains(pyatspi.STATE_SHOWING)
            print(f"{'  ' * depth}{node.getRoleName()}: {node.name!r}{'' if showing else ' (hidden)'}")
            if role in FIELD_ROLES and showing and state.contains(pyatspi.STATE_FOCUSABLE):
                if not node.name.strip():
                    problems.append(f"no name: {node.getRoleName()} under {node.parent.getRoleName() if node.parent else '?'} "
                                    f"{node.parent.name if node.parent else ''!r}")
                else:
                    named.append(node.name)
        for expected in EXPECTED_NAMES:
            if not any(name.startswith(expected) for name in named):
                problems.append(f"no field named “{expected}…” (names: {', '.join(named)})")
        if problems:
            print("atspi-wizard: FAILED\n  " + "\n  ".join(problems))
            return 1
        print(f"atspi-wizard: {len(named)} focusable fields and buttons, each named")
        return 0
    finally:
        berth.terminate()
        try:
            berth.wait(10)
        except subprocess.TimeoutExpired:
            berth.kill()
            berth.wait()


if __name__ == "__main__":
    sys.exit(main())
