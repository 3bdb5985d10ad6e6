#!/bin/sh
# Re-render the tool captures of fixture pages from their page.html.
#
# usage: scripts/render_fixtures.sh tests/fixtures/<page> [more page folders...]
#
# Needs w3m, lynx, links, elinks, pandoc (distribution packages) and the
# html2text and inscriptis Python packages.  Set HTML2TEXT / INSCRIPT to the
# commands to use if they are not on PATH (e.g. HTML2TEXT=/tmp/probe/bin/html2text).
# Input and output are UTF-8.  The test suite never runs this script; it only
# reads the committed outputs.  paste.txt and expected.json are written by hand
# and are never touched here.
set -eu

HTML2TEXT=${HTML2TEXT:-html2text}
INSCRIPT=${INSCRIPT:-inscript}
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# ELinks 0.13 mangles U+200B..U+200F (it merges them with the character before
# into an invalid 6-byte sequence, losing that character), and Persian text is
# full of U+200C (ZWNJ).  Hand elinks a copy where those become private-use
# characters U+E00B..U+E00F, which it passes through, and map them back.
render_elinks() {
    if LC_ALL=C grep -q "$(printf '\342\200[\213-\217]')" page.html; then
        tmp=$(mktemp -d)
        LC_ALL=C sed 's/\xe2\x80\([\x8b-\x8f]\)/\xee\x80\1/g' page.html > "$tmp/page.html"
        elinks -no-home -no-connect -dump -dump-charset utf-8 "$tmp/page.html" \
            | LC_ALL=C sed 's/\xee\x80\([\x8b-\x8f]\)/\xe2\x80\1/g'
        rm -r "$tmp"
    else
        elinks -no-home -no-connect -dump -dump-charset utf-8 page.html
    fi
}

if [ "$#" -eq 0 ]; then
    echo "usage: $0 PAGE_DIR..." >&2
    exit 2
fi

for dir in "$@"; do
    if [ ! -f "$dir/page.html" ]; then
        echo "$0: $dir/page.html not found" >&2
        exit 1
    fi
    (
        cd "$dir"
        w3m -dump -T text/html -I UTF-8 -O UTF-8 page.html > w3m.txt
        lynx -dump -display_charset=utf-8 -assume_charset=utf-8 page.html > lynx.txt
        lynx -dump -nolist -display_charset=utf-8 -assume_charset=utf-8 page.html > lynx-nolist.txt
        links -dump -codepage utf-8 page.html > links.txt
        render_elinks > elinks.txt
        "$HTML2TEXT" page.html utf-8 > html2text.md
        pandoc -f html -t plain page.html -o pandoc.txt
        "$INSCRIPT" -e utf-8 page.html -o inscriptis.txt
    )
    echo "rendered $dir"
done
