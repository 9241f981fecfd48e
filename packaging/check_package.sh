#!/usr/bin/env bash
# `make package-check`: checks the bundle and the Debian package as a user would meet them.
#
#   packaging/check_package.sh dist/serge-desktop dist/serge-desktop_<version>_amd64.deb
#
# 1. The bundle, copied read-only, runs --self-test and --exit-after-start with no Python on PATH.
# 2. desktop-file-validate, appstreamcli validate --no-net and lintian (no errors) on the package.
# 3. apt-get installs the package; an ordinary user runs --self-test (offscreen) and opens the
#    window on a virtual X server (xcb, through the libraries the package depends on).
# 4. apt-get remove --purge removes it, and none of its files may remain.
#
# Runs as root (CI and the development machines are root); installs the Debian tools it needs.
# Safe to run twice in a row: it removes an earlier install first and leaves none behind.
set -euo pipefail

BUNDLE=${1:?usage: check_package.sh BUNDLE_DIR PACKAGE.deb}
DEB=${2:?usage: check_package.sh BUNDLE_DIR PACKAGE.deb}
PACKAGE=serge-desktop
APP_ID=org.sergedesktop.SergeDesktop
CHECK_USER=serge-check

say() { printf '\n== package-check: %s\n' "$*"; }
fail() { printf 'package-check: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes the package"
[ -x "$BUNDLE/$PACKAGE" ] || fail "no bundle in $BUNDLE (make package)"
[ -f "$DEB" ] || fail "no package $DEB (make deb)"
DEB=$(realpath "$DEB")

apt_install() {
    # Install from the lists already on the machine; refresh them only if that fails.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
        || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                 --no-install-recommends "$@"; }
}

need_tools() {
    local missing=()
    command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
    command -v appstreamcli >/dev/null || missing+=(appstream)
    command -v lintian >/dev/null || missing+=(lintian)
    command -v xvfb-run >/dev/null || missing+=(xvfb)
    command -v xauth >/dev/null || missing+=(xauth)
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing ${missing[*]}"
        apt_install "${missing[@]}"
    fi
}

expect_self_test_ok() {
    # $1: the JSON the self-test printed.
    grep -q '"ok": true' <<<"$1" && grep -q '"failed": null' <<<"$1" \
        || { printf '%s\n' "$1" >&2; fail "self-test did not pass"; }
}

WORK=$(mktemp -d)
chmod 755 "$WORK"
cleanup() {
    chmod -R u+w "$WORK" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

need_tools
# An ordinary user: root ignores file modes, so the read-only checks below run as this user.
id "$CHECK_USER" >/dev/null 2>&1 || useradd -m "$CHECK_USER"
USER_HOME=$(getent passwd "$CHECK_USER" | cut -d: -f6)
as_user() {
    # $1: PATH for the command; the rest: the command, with a clean environment.
    local path=$1
    shift
    (cd "$USER_HOME" && runuser -u "$CHECK_USER" -- env -i PATH="$path" HOME="$USER_HOME" \
        LANG=C.UTF-8 "$@")
}

say "frozen bundle: a read-only copy, run by $CHECK_USER with no Python on PATH"
cp -a "$BUNDLE" "$WORK/bundle"
chmod -R a-w "$WORK/bundle"
# PATH is an empty folder: no python, no python3, nothing at all to fall back on.
mkdir "$WORK/empty-path"
if (PATH="$WORK/empty-path" && command -v python3 || command -v python); then
    fail "a Python is reachable on the test PATH"
fi
install -d -o "$CHECK_USER" "$WORK/frozen-data"
result=$(as_user "$WORK/empty-path" /usr/bin/env QT_QPA_PLATFORM=offscreen "$WORK/bundle/$PACKAGE" \
    --self-test) || { printf '%s\n' "$result" >&2; fail "frozen --self-test exited non-zero"; }
printf '%s\n' "$result"
expect_self_test_ok "$result"
as_user "$WORK/empty-path" /usr/bin/env QT_QPA_PLATFORM=offscreen "$WORK/bundle/$PACKAGE" \
    --data-dir "$WORK/frozen-data" --exit-after-start
as_user "$WORK/empty-path" "$WORK/bundle/$PACKAGE" --data-dir "$WORK/frozen-data" list
diff -r "$BUNDLE" "$WORK/bundle" >/dev/null || fail "the bundle changed while it ran"

say "desktop-file-validate and appstreamcli on the files the package ships"
dpkg-deb -x "$DEB" "$WORK/root"
desktop-file-validate "$WORK/root/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$WORK/root/usr/share/metainfo/$APP_ID.metainfo.xml"

say "lintian (errors fail; warnings are listed in packaging/README.md)"
lintian --tag-display-limit 0 --fail-on error "$DEB"

say "install with apt-get"
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'ok installed'; then
    DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q "$PACKAGE"
fi
# Folders the package shares with the system (/opt, /usr/share/…) may stay after the purge only if
# they were there before the install.
(cd "$WORK/root" && find . -mindepth 1 -type d | cut -c2- | sort) | while IFS= read -r dir; do
    [ -d "$dir" ] && printf '%s\n' "$dir"
done > "$WORK/dirs-before"
apt_install "$DEB"
dpkg-query -L "$PACKAGE" | sort > "$WORK/files"
[ "$(readlink -f /usr/bin/$PACKAGE)" = "/opt/$PACKAGE/$PACKAGE" ] || fail "/usr/bin/$PACKAGE"

say "the installed command, run by $CHECK_USER"
result=$(as_user /usr/bin:/bin /usr/bin/env QT_QPA_PLATFORM=offscreen "$PACKAGE" --self-test) \
    || { printf '%s\n' "$result" >&2; fail "serge-desktop --self-test exited non-zero"; }
printf '%s\n' "$result"
expect_self_test_ok "$result"
# The sample policy is installed, and the installed app reads it with no key ignored.
SAMPLE=/usr/share/doc/$PACKAGE/policy.sample.json
[ -f "$SAMPLE" ] || fail "$SAMPLE is not installed"
result=$(as_user /usr/bin:/bin /usr/bin/env QT_QPA_PLATFORM=offscreen SERGE_DESKTOP_POLICY="$SAMPLE" \
    "$PACKAGE" --self-test) || { printf '%s\n' "$result" >&2; fail "--self-test with $SAMPLE"; }
grep -q "\"source\": \"$SAMPLE\"" <<<"$result" && grep -q '"ignored": \[\]' <<<"$result" \
    || { printf '%s\n' "$result" >&2; fail "the app ignored keys of $SAMPLE"; }
# The real window on a virtual X server: the xcb plugin must find every library it needs among
# those the package depends on. It uses the default per-user data folder.
rm -rf "$USER_HOME/.local/share/SergeDesktop"
as_user /usr/bin:/bin xvfb-run -a -s "-screen 0 1280x800x24" \
    env QT_QPA_PLATFORM=xcb "$PACKAGE" --exit-after-start
DATA="$USER_HOME/.local/share/SergeDesktop/Serge Desktop"
[ -f "$DATA/library.sqlite3" ] || fail "the window did not create $DATA/library.sqlite3"
as_user /usr/bin:/bin "$PACKAGE" list
rm -rf "$USER_HOME/.local/share/SergeDesktop"

say "remove with apt-get remove --purge"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q "$PACKAGE"
left=()
while IFS= read -r path; do
    [ "$path" = /. ] && continue
    if [ -L "$path" ] || [ -f "$path" ]; then
        left+=("$path")
    elif [ -d "$path" ] && ! grep -qxF "$path" "$WORK/dirs-before" \
        && ! dpkg-query -S "$path" >/dev/null 2>&1; then
        left+=("$path")
    fi
done < "$WORK/files"
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
[ ! -e "/opt/$PACKAGE" ] || fail "/opt/$PACKAGE remains"
if command -v "$PACKAGE" >/dev/null; then fail "$PACKAGE is still on PATH"; fi
echo "package-check: all $(wc -l < "$WORK/files") paths of the package are gone"

say "passed"
