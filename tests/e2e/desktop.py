# SPDX-License-Identifier: GPL-3.0-or-later
"""What the end-to-end tests and the daemon benchmark share: a private X
server and waiting for a condition."""
import os
import subprocess
import time


def wait_for(predicate, timeout=10.0, step=0.05):
    """Polls @predicate until it is true or @timeout seconds pass; its last value."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def start_xvfb(size="1024x720x24"):
    """Starts Xvfb on a free display; returns (process, ":N")."""
    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", size, "-nolisten",
                             "tcp"], pass_fds=[w], stderr=subprocess.DEVNULL)
    os.close(w)
    # Xvfb may write the number and its newline apart: closing the pipe after
    # the first read makes the second write fail, and Xvfb exit.
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(r, 16)
        if not chunk:
            break
        data += chunk
    os.close(r)
    return xvfb, ":" + data.decode().strip()


def app_ready(bus, app_id, path):
    """Whether the application has finished its start-up: its name is owned
    before the clipboard watcher exists, its actions only after."""
    import dbus
    # Only ask once the name has an owner: a call to an unowned name would
    # have the bus start the installed service (without our DISPLAY).
    if not bus.name_has_owner(app_id):
        return False
    try:
        bus.call_blocking(app_id, path, "org.gtk.Actions", "Describe", "s", ["paused-until"],
                          timeout=2)
        return True
    except dbus.exceptions.DBusException:
        return False
