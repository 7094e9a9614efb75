#!/bin/sh
# Add Sello to this user's application menu (run from the unpacked sello-<version> folder):
#   ./install-desktop-entry.sh            install the menu entry and icon for this folder
#   ./install-desktop-entry.sh --remove   take them out again (the folder itself stays)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
ENTRY="$DATA/applications/sello.desktop"
ICON="$DATA/icons/hicolor/256x256/apps/sello.png"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$ENTRY" "$ICON"
    echo "Removed the Sello menu entry."
    exit 0
fi
mkdir -p "$(dirname "$ENTRY")" "$(dirname "$ICON")"
cp "$HERE/sello.png" "$ICON"
sed -e "s|^Exec=sello|Exec=\"$HERE/sello\"|" -e "s|^TryExec=sello|TryExec=$HERE/sello|" "$HERE/sello.desktop" > "$ENTRY"
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" 2>/dev/null || true
echo "Sello is in your application menu (entry: $ENTRY)."
