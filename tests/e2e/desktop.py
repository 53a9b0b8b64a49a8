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


def dconf_database(directory, values, locked):
    """An administrator's dconf defaults (@values: key -> GVariant text) and
    locks (@locked: keys) for clipguard, compiled as `dconf update` would,
    in @directory; the environment that reads them through the real dconf
    backend."""
    keyfiles = os.path.join(directory, "dconf", "local.d")
    os.makedirs(os.path.join(keyfiles, "locks"), exist_ok=True)
    with open(os.path.join(keyfiles, "00-clipguard"), "w") as f:
        f.write("[nl/clipguard/ClipGuard]\n" + "".join("%s=%s\n" % kv for kv in values.items()))
    with open(os.path.join(keyfiles, "locks", "clipguard"), "w") as f:
        f.write("".join("/nl/clipguard/ClipGuard/%s\n" % k for k in locked))
    db = os.path.join(directory, "dconf", "local")
    subprocess.run(["dconf", "compile", db, keyfiles], check=True)
    profile = os.path.join(directory, "dconf", "profile")
    with open(profile, "w") as f:
        f.write("user-db:user\nfile-db:%s\n" % db)
    runtime = os.path.join(directory, "run")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    return {"GSETTINGS_BACKEND": "dconf", "DCONF_PROFILE": profile, "XDG_RUNTIME_DIR": runtime}


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


def rss_mb(pid):
    """The resident memory of process @pid, in MB (for the benchmarks)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


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


def start_sway(xwayland=False):
    """Starts sway headless (no GPU, no input devices) in a private 0700
    runtime directory; returns (process, runtime_dir, wayland_socket_path,
    xwayland_display or None).  sway refuses to run as root: as root it runs
    as nobody, and root clients connect to its socket by path."""
    import pwd
    import tempfile
    runtime = tempfile.mkdtemp(prefix="clipguard-sway-")
    env_file = os.path.join(runtime, "env.txt")
    config = os.path.join(runtime, "config")
    with open(config, "w") as f:
        f.write("xwayland %s\n" % ("enable" if xwayland else "disable"))
        f.write("exec env > %s.tmp && mv %s.tmp %s\n" % (env_file, env_file, env_file))
    os.chmod(config, 0o644)
    command = ["sway", "-c", config]
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(runtime, nobody.pw_uid, nobody.pw_gid)
        command = ["setpriv", "--reuid=nobody", "--regid=%d" % nobody.pw_gid, "--clear-groups",
                   "--"] + command
    os.chmod(runtime, 0o700)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": runtime,
           "XDG_RUNTIME_DIR": runtime, "WLR_BACKENDS": "headless",
           "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
    log = open(os.path.join(runtime, "sway.log"), "w")
    sway = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    log.close()
    if not wait_for(lambda: os.path.exists(env_file) or sway.poll() is not None, 20):
        sway.kill()
        raise AssertionError("sway did not start")
    if sway.poll() is not None:
        raise AssertionError("sway exited: " + open(os.path.join(runtime, "sway.log")).read())
    with open(env_file) as f:
        values = dict(line.split("=", 1) for line in f.read().splitlines() if "=" in line)
    socket = os.path.join(runtime, values["WAYLAND_DISPLAY"])
    return sway, runtime, socket, values.get("DISPLAY")


def stop_sway(sway, runtime):
    """Stops a compositor (sway or KWin) and removes its runtime directory."""
    import shutil
    sway.terminate()
    try:
        sway.wait(10)
    except subprocess.TimeoutExpired:
        sway.kill()
        sway.wait()
    shutil.rmtree(runtime, ignore_errors=True)


def start_mutter(bus):
    """Starts GNOME's mutter headless (Wayland, with XWayland; llvmpipe, no
    GPU) on the session bus @bus; returns (process, runtime_dir, wayland
    socket path, X11 display, XAUTHORITY file).  Its seat gets a keyboard
    only from a RemoteDesktop session, which wl-copy needs: one is started
    and kept for as long as @bus is connected."""
    import re
    import tempfile
    import dbus
    runtime = tempfile.mkdtemp(prefix="clipguard-mutter-")
    os.chmod(runtime, 0o700)
    log_path = os.path.join(runtime, "mutter.log")
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"):
        env.pop(name, None)
    log = open(log_path, "w")
    mutter = subprocess.Popen(["mutter", "--wayland", "--headless", "--virtual-monitor",
                               "1024x720", "--wayland-display=clipguard-test"],
                              env=env, stdout=log, stderr=log)
    log.close()

    def display():
        with open(log_path) as f:
            m = re.search(r"Using public X11 display (:\d+)", f.read())
        return m.group(1) if m else None
    socket = os.path.join(runtime, "clipguard-test")
    if not wait_for(lambda: (display() and os.path.exists(socket)) or mutter.poll() is not None,
                    30):
        mutter.kill()
        raise AssertionError("mutter did not start")
    if mutter.poll() is not None:
        raise AssertionError("mutter exited: " + open(log_path).read())
    auth = [n for n in os.listdir(runtime) if n.startswith(".mutter-Xwaylandauth")]
    name = "org.gnome.Mutter.RemoteDesktop"
    wait_for(lambda: bus.name_has_owner(name), 10)
    path = bus.get_object(name, "/org/gnome/Mutter/RemoteDesktop").CreateSession(
        dbus_interface=name)
    session = bus.get_object(name, path)
    session.Start(dbus_interface=name + ".Session")
    # the virtual keyboard appears with its first key
    for pressed in (True, False):
        session.NotifyKeyboardKeysym(dbus.UInt32(0xffe1), pressed, dbus_interface=name + ".Session")
    return mutter, runtime, socket, display(), os.path.join(runtime, auth[0]) if auth else None


def stop_mutter(mutter, runtime):
    import shutil
    mutter.terminate()
    try:
        mutter.wait(10)
    except subprocess.TimeoutExpired:
        mutter.kill()
        mutter.wait()
    shutil.rmtree(runtime, ignore_errors=True)


def start_kwin():
    """Starts KDE's KWin headless (--virtual, no XWayland) in a private
    runtime directory, on the caller's session bus; returns (process,
    runtime_dir, wayland_socket_path).  The installed binary has file
    capabilities (cap_sys_resource) that a container may refuse to exec: a
    copy, without them, runs."""
    import shutil
    import tempfile
    runtime = tempfile.mkdtemp(prefix="clipguard-kwin-")
    os.chmod(runtime, 0o700)
    binary = os.path.join(runtime, "bin", "kwin_wayland")  # KWin looks at its own name
    os.makedirs(os.path.dirname(binary))
    shutil.copy(shutil.which("kwin_wayland"), binary)
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    log = open(os.path.join(runtime, "kwin.log"), "w")
    kwin = subprocess.Popen([binary, "--virtual", "--socket", "clipguard-test", "--width", "1024",
                             "--height", "720"], env=env, stdout=log, stderr=log)
    log.close()
    socket = os.path.join(runtime, "clipguard-test")
    if not wait_for(lambda: os.path.exists(socket) or kwin.poll() is not None, 30):
        kwin.kill()
        raise AssertionError("kwin did not start")
    if kwin.poll() is not None:
        raise AssertionError("kwin exited: " + open(os.path.join(runtime, "kwin.log")).read())
    return kwin, runtime, socket
