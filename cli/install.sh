#!/bin/sh
# Installs the `insighta` command for the current user (as root: system-wide), or removes it.
# Usage: cli/install.sh [--uninstall] [--jar PATH]
#   --jar PATH   install this jar instead of building one
#   Env INSIGHTA_BIN_DIR / INSIGHTA_LIB_DIR / INSIGHTA_COMPLETION_DIR / INSIGHTA_MAN_DIR override
#   where the launcher, the jar, the bash completion and the man pages go.
set -eu

usage() { sed -n '3,5p' "$0" | sed 's/^# \{0,1\}//'; }

script_dir=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
repo_root=$(dirname -- "$script_dir")

if [ "$(id -u)" = 0 ]; then
  bin_dir=${INSIGHTA_BIN_DIR:-/usr/local/bin}
  lib_dir=${INSIGHTA_LIB_DIR:-/usr/local/lib/insighta}
  completion_dir=${INSIGHTA_COMPLETION_DIR:-/usr/local/share/bash-completion/completions}
  man_dir=${INSIGHTA_MAN_DIR:-/usr/local/share/man}
else
  bin_dir=${INSIGHTA_BIN_DIR:-$HOME/.local/bin}
  lib_dir=${INSIGHTA_LIB_DIR:-$HOME/.local/share/insighta}
  completion_dir=${INSIGHTA_COMPLETION_DIR:-$HOME/.local/share/bash-completion/completions}
  man_dir=${INSIGHTA_MAN_DIR:-$HOME/.local/share/man}
fi
launcher=$bin_dir/insighta

action=install
jar=
while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) action=uninstall ;;
    --jar)
      [ $# -ge 2 ] || { usage >&2; exit 2; }
      jar=$2
      shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

if [ "$action" = uninstall ]; then
  rm -f "$launcher" "$lib_dir/insighta-cli.jar" "$lib_dir/insighta.jsa" "$completion_dir/insighta"
  rm -f "$man_dir"/man1/insighta.1 "$man_dir"/man1/insighta-*.1
  rmdir "$lib_dir" 2>/dev/null || true
  echo "Removed $launcher and $lib_dir."
  echo "Your login in ~/.insighta is kept; run 'insighta logout' before uninstalling to revoke it."
  echo "Personal access tokens stay valid until they expire; 'insighta tokens revoke ID' ends one."
  exit 0
fi

command -v java >/dev/null 2>&1 || { echo "install.sh: Java 17+ must be on the PATH" >&2; exit 1; }
if [ -z "$jar" ]; then
  echo "Building the CLI..."
  (cd "$repo_root" && ./mvnw -B -q -Dstyle.color=never -pl cli -am package -DskipTests)
  jar=$repo_root/cli/target/insighta-cli.jar
fi
[ -f "$jar" ] || { echo "install.sh: no jar at $jar" >&2; exit 1; }

mkdir -p "$bin_dir" "$lib_dir"
cp "$jar" "$lib_dir/insighta-cli.jar.new"
mv "$lib_dir/insighta-cli.jar.new" "$lib_dir/insighta-cli.jar"

# A class-data-sharing archive of the CLI's own classes shortens every start.
# The launcher ignores it silently if the JDK changes later.
rm -f "$lib_dir/insighta.jsa"
java -XX:ArchiveClassesAtExit="$lib_dir/insighta.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -jar "$lib_dir/insighta-cli.jar" --help >/dev/null 2>&1 || rm -f "$lib_dir/insighta.jsa"

# Bash completion and man pages come out of the jar itself, so they always match its commands.
installed_jar=$lib_dir/insighta-cli.jar
mkdir -p "$completion_dir" "$man_dir/man1"
if java -jar "$installed_jar" generate-completion >"$completion_dir/insighta.new" 2>/dev/null; then
  mv "$completion_dir/insighta.new" "$completion_dir/insighta"
else
  rm -f "$completion_dir/insighta.new"
  echo "Note: this jar generates no shell completion; skipped."
fi
pages=$(java -jar "$installed_jar" man-page --list 2>/dev/null) || pages=
for page in $pages; do
  java -jar "$installed_jar" man-page "$page" >"$man_dir/man1/$page.1"
done
[ -n "$pages" ] || echo "Note: this jar carries no man pages; skipped."

cat > "$launcher.new" <<EOF
#!/bin/sh
# insighta launcher, written by cli/install.sh
jar='$lib_dir/insighta-cli.jar'
jsa='$lib_dir/insighta.jsa'
java=\${JAVA_HOME:+\$JAVA_HOME/bin/}java
if [ -f "\$jsa" ]; then
  exec "\$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \\
    -XX:SharedArchiveFile="\$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "\$jar" "\$@"
fi
exec "\$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "\$jar" "\$@"
EOF
chmod 755 "$launcher.new"
mv "$launcher.new" "$launcher"

echo "Installed $launcher (bash completion in $completion_dir, man pages in $man_dir/man1)"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "Add $bin_dir to your PATH, e.g.: echo 'export PATH=\"$bin_dir:\$PATH\"' >> ~/.profile" ;;
esac
