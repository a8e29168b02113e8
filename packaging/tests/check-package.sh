#!/usr/bin/env bash
# One step of the packaging tests (packaging/tests/tests.cmake sets the environment):
#   cpack      build the DEB and the TGZ from the build tree, unpack both under $WORK
#   depends    the DEB's name, version and declared dependencies, which apt can satisfy
#   layout     every file the installed mpdesk reads is in the unpacked tree; nothing points at the build
#   run        the unpacked mpdesk runs: --version, export of the sample's letters, Chinese, Qt's translations
#   desktop    desktop-file-validate on the shipped .desktop file
#   appstream  appstreamcli validate on the shipped metainfo (and the tree it describes)
#   mime       the shipped MIME type maps *.mpdesk to application/x-mpdesk with mpdesk's icon
#   nsis       the Windows installer script compiles (makensis)
set -euo pipefail
: "${BUILD_DIR:?}" "${SOURCE_DIR:?}" "${WORK:?}" "${VERSION:?}" "${APP_ID:?}"

step=${1:?step}
root=$WORK/root               # the DEB, unpacked with dpkg -x
tgz_root=$WORK/tgz            # the TGZ, unpacked
fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (Debian: $2)"; }
deb_file() { ls "$WORK"/packages/mpdesk_"$VERSION"_*.deb 2>/dev/null | head -1; }

# Files the installed application reads or the desktop reads about it, relative to the prefix.
installed_files=(
    bin/mpdesk
    share/mpdesk/translations/qtbase_zh_CN.qm
    share/mpdesk/translations/qtkeychain_zh.qm
    "share/applications/$APP_ID.desktop"
    "share/metainfo/$APP_ID.metainfo.xml"
    "share/mime/packages/$APP_ID.xml"
    "share/icons/hicolor/scalable/apps/$APP_ID.svg"
    share/icons/hicolor/scalable/mimetypes/application-x-mpdesk.svg
)
for size in 16 22 24 32 48 64 128 256; do
    installed_files+=("share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
                      "share/icons/hicolor/${size}x${size}/mimetypes/application-x-mpdesk.png")
done

case "$step" in
cpack)
    need cpack cmake
    need dpkg-shlibdeps dpkg-dev
    rm -rf "$WORK/packages" "$root" "$tgz_root" "$WORK/run-home" "$WORK/mime" "$WORK"/strace.log*
    mkdir -p "$WORK/packages" "$root" "$tgz_root"
    cpack --config "$BUILD_DIR/CPackConfig.cmake" -G "DEB;TGZ" -B "$WORK/packages"
    deb=$(deb_file)
    [ -n "$deb" ] || fail "no mpdesk_${VERSION}_*.deb in $WORK/packages"
    tgz=$(ls "$WORK"/packages/mpdesk-"$VERSION"-linux-*.tar.gz | head -1)
    [ -n "$tgz" ] || fail "no mpdesk-$VERSION-linux-*.tar.gz in $WORK/packages"
    dpkg -x "$deb" "$root"
    tar -xzf "$tgz" -C "$tgz_root"
    ls -l "$WORK/packages"
    ;;

depends)
    deb=$(deb_file)
    [ "$(dpkg-deb -f "$deb" Package)" = mpdesk ] || fail "package name"
    [ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "version $(dpkg-deb -f "$deb" Version), not $VERSION"
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
    for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6printsupport6 libqt6keychain1 'libpoppler-qt6-[0-9]+' \
             'libical[0-9]+' fonts-noto-cjk qt6-qpa-plugins libqt6svg6; do
        grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
    done
    # apt can satisfy them on this machine (a simulation: nothing is installed).
    apt-get install -s -qq "$deb" >/dev/null || fail "apt-get install -s $deb cannot satisfy the dependencies"
    echo "ok: apt-get install -s resolves the dependencies"
    ;;

layout)
    for prefix in "$root/usr" "$tgz_root"/mpdesk-"$VERSION"-linux-*; do
        for f in "${installed_files[@]}"; do
            [ -s "$prefix/$f" ] || fail "$prefix/$f is missing or empty"
        done
        [ -x "$prefix/bin/mpdesk" ] || fail "$prefix/bin/mpdesk is not executable"
        echo "ok: ${#installed_files[@]} files in $prefix"
    done
    # The DEB and the TGZ carry the same files.
    diff <(cd "$root/usr" && find . -type f | sort) \
         <(cd "$tgz_root"/mpdesk-"$VERSION"-linux-* && find . -type f | sort) || fail "DEB and TGZ differ"
    # Nothing in the installed program points back at the build or the source tree.
    # (Qt's standard project setup gives a relative $ORIGIN run path; an absolute one would be the build's.)
    runpath=$(readelf -d "$root/usr/bin/mpdesk" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
    tr ':' '\n' <<<"$runpath" | grep -q '^/' && fail "installed mpdesk has an absolute run path: $runpath"
    # A sanitizer build keeps every source file's path in the program, for its reports (whatever
    # -ffile-prefix-map says); such a build is for testing and is never shipped.
    if [ "${SANITIZED:-0}" = 1 ]; then
        echo "skipped: paths of the build in the program (a sanitizer build records them for its reports)"
    else
        for tree in "$BUILD_DIR" "$SOURCE_DIR"; do
            ! grep -rqF "$tree" "$root" || fail "the package mentions $tree: $(grep -rlF "$tree" "$root")"
        done
    fi
    # The names the files use for each other agree.
    grep -qx "Icon=$APP_ID" "$root/usr/share/applications/$APP_ID.desktop" || fail "desktop Icon="
    grep -q '<icon name="application-x-mpdesk"/>' "$root/usr/share/mime/packages/$APP_ID.xml" || fail "mime icon"
    grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" \
        "$root/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "metainfo launchable"
    grep -q "<release version=\"$VERSION\"" "$root/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "metainfo version"
    ;;

run)
    bin=$root/usr/bin/mpdesk
    run_home=$WORK/run-home
    rm -rf "$run_home" && mkdir -p "$run_home/in" "$run_home/letters" "$run_home/runtime"
    chmod 700 "$run_home/runtime"
    # A clean user: no overrides in AppDataLocation, nothing from the build tree in the environment.
    run() { cd "$run_home" && env -i PATH=/usr/bin:/bin HOME="$run_home" XDG_DATA_HOME="$run_home/.local/share" \
                XDG_CONFIG_HOME="$run_home/.config" XDG_RUNTIME_DIR="$run_home/runtime" "$@"; }
    version=$(run LANG=C.UTF-8 "$bin" --version)
    [ "$version" = "mpdesk $VERSION" ] || fail "--version printed '$version'"
    echo "ok: $version"
    tgz_version=$(run LANG=C.UTF-8 "$tgz_root"/mpdesk-"$VERSION"-linux-*/bin/mpdesk --version)
    [ "$tgz_version" = "mpdesk $VERSION" ] || fail "the TGZ's --version printed '$tgz_version'"

    cp "$SOURCE_DIR/resources/samples/sample-filing.json" "$run_home/in/"
    run LANG=C.UTF-8 "$bin" export --today 2026-11-27 "$run_home/in/sample-filing.json" -o "$run_home/letters" \
        || fail "export exited with $?"
    shopt -s nullglob
    pdfs=("$run_home"/letters/*.pdf)
    [ ${#pdfs[@]} -gt 0 ] || fail "export wrote no PDF"
    for pdf in "${pdfs[@]}"; do
        [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
        echo "ok: $(basename "$pdf") $(stat -c %s "$pdf") bytes"
    done

    help=$(run LANG=zh_CN.UTF-8 "$bin" --help)
    LC_ALL=C.UTF-8 grep -qP '\p{Han}' <<<"$help" || fail "LANG=zh_CN.UTF-8 mpdesk --help printed no Chinese: $help"
    echo "ok: Chinese --help"

    # Where the running program reads Qt's translations from: the unpacked tree, never the build tree.
    need strace strace
    if strace -f -o /dev/null true 2>/dev/null; then
        # check and calendar (deadlines on the holiday calendar), export (letter templates, fonts), in Chinese.
        trace=$WORK/strace.log
        : >"$trace"
        sample=$run_home/in/sample-filing.json
        for verb in check calendar export; do
            case $verb in
                check) args=(check --today 2026-11-27 "$sample") ;;
                calendar) args=(calendar --today 2026-11-27 "$sample" -o "$run_home/traced.ics") ;;
                export) args=(export --today 2026-11-27 "$sample" -o "$run_home/traced") ;;
            esac
            # In the sanitizer build: LeakSanitizer cannot work under ptrace, so it stays off for these runs.
            run LANG=zh_CN.UTF-8 ASAN_OPTIONS=detect_leaks=0 strace -f -qq -s 4096 -e trace=open,openat,stat,newfstatat,statx,access,readlink \
                -o "$trace.$verb" "$bin" "${args[@]}" >"$trace.$verb.out" 2>&1 \
                || fail "traced mpdesk $verb exited with $?: $(cat "$trace.$verb.out")"
            cat "$trace.$verb" >>"$trace"
        done
        for qm in qtbase_zh_CN.qm qtkeychain_zh.qm; do
            grep -E "open(at)?\(.*\"$root/usr/bin/\.\./share/mpdesk/translations/$qm\"" "$trace" | grep -vq '= -1' \
                || fail "mpdesk did not open $qm from $root/usr/share/mpdesk/translations"
            echo "ok: $qm opened from the unpacked tree"
        done
        # Paths in the build or source tree other than the unpacked tree under $WORK and its parents.
        while IFS= read -r path; do
            case "$path" in
                "$WORK"|"$WORK"/*) ;;
                "$BUILD_DIR"*|"$SOURCE_DIR"*) [[ "$WORK" == "$path"/* ]] || fail "mpdesk looked at $path" ;;
            esac
        done < <(grep -oE '"/[^"]*"' "$trace" | tr -d '"' | sort -u)
        echo "ok: no file of the build or source tree touched"
    else
        echo "NOTE: strace cannot trace here (no ptrace); the translation files were checked by path only"
        [ -s "$root/usr/bin/../share/mpdesk/translations/qtbase_zh_CN.qm" ] || fail "qtbase_zh_CN.qm"
    fi
    ;;

desktop)
    need desktop-file-validate desktop-file-utils
    desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop"
    echo "ok: desktop-file-validate"
    ;;

appstream)
    need appstreamcli appstream
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
    appstreamcli validate-tree --no-net "$root"
    ;;

mime)
    need update-mime-database shared-mime-info
    mime=$WORK/mime
    rm -rf "$mime" && mkdir -p "$mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$mime/packages/"
    cp "$root/usr/share/mime/packages/$APP_ID.xml" "$mime/packages/"
    update-mime-database "$mime"
    grep -q '^[0-9]*:application/x-mpdesk:\*\.mpdesk$' "$mime/globs2" || fail "globs2 lacks *.mpdesk"
    grep -qx 'application/x-mpdesk:application-x-mpdesk' "$mime/icons" || fail "no icon for application/x-mpdesk"
    grep -qx 'application/x-mpdesk application/json' "$mime/subclasses" || fail "not a subclass of JSON"
    grep -q 'application/x-mpdesk' "$root/usr/share/applications/$APP_ID.desktop" || fail "desktop MimeType"
    echo "ok: *.mpdesk is application/x-mpdesk, icon application-x-mpdesk, handled by $APP_ID.desktop"
    ;;

nsis)
    need makensis nsis
    rm -rf "$WORK/nsis" && mkdir -p "$WORK/nsis"
    cpack --config "$BUILD_DIR/CPackConfig.cmake" -G NSIS -B "$WORK/nsis"
    exe=$WORK/nsis/mpdesk-$VERSION-linux-$(uname -m).exe
    [ -s "$exe" ] || fail "no $exe"
    nsi=$WORK/nsis/_CPack_Packages/Linux/NSIS/project.nsi
    for want in 'MUI_LANGUAGE "SimpChinese"' 'MUI_LANGUAGE "English"' 'MUI_LANGDLL_DISPLAY' \
                'Software\Classes\.mpdesk' '"$INSTDIR\bin\mpdesk.exe" "%1"' 'WriteUninstaller'; do
        grep -qF "$want" "$nsi" || fail "the installer script lacks: $want"
    done
    echo "ok: makensis built $(basename "$exe") ($(stat -c %s "$exe") bytes)"
    ;;

*) fail "unknown step $step" ;;
esac
