#!/bin/bash
# The interactive shell in a real terminal (tmux): tab completion of a label,
# history recall, an error then recovery, Ctrl-C on a long query and at the
# prompt, a bad :open, a :timeout and a bad :params that leave the shell answering as before,
# completion of a label's keys, :history, :quit's warning of unsaved changes,
# Ctrl-D, and the history file left behind.
#   shell_terminal.sh ANNALS
set -u
annals=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v tmux >/dev/null || { echo "tmux is not installed: skipped"; exit 77; }

home=$(mktemp -d)
socket=annals-test-$$ # a private tmux server, so the test touches no one else's
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() { tmux_ kill-server 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT

fail() {
  echo "FAILED: $1"
  echo "---- screen ----"
  tmux_ capture-pane -p -t t
  exit 1
}
# Waits (up to $2 seconds, default 10) until the screen shows the extended regex $1.
expect() {
  local deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    tmux_ capture-pane -p -t t | grep -Eq -- "$1" && return 0
    sleep 0.1
  done
  fail "expected /$1/ on the screen"
}
# Waits (up to 10 seconds) until the screen shows these lines, one after the other, exactly.
expect_lines() {
  local want deadline=$((SECONDS + 10))
  want=$(printf '%s\n' "$@")
  while ((SECONDS < deadline)); do
    # -J joins wrapped lines, and keeps trailing spaces, which readline's redisplay may leave.
    [[ $'\n'$(tmux_ capture-pane -p -J -t t | sed 's/ *$//')$'\n' == *$'\n'"$want"$'\n'* ]] && return 0
    sleep 0.1
  done
  fail "expected these lines on the screen:"$'\n'"$want"
}
# Keys by name: Enter, Tab, Up, C-c, …
send() { tmux_ send-keys -t t "$@"; }
# Text as typed. tmux reads a ';' ending an argument as a command separator, unless escaped.
type() {
  local text=$1
  [[ $text == *';' ]] && text="${text%;}\\;"
  tmux_ send-keys -t t -l -- "$text"
}

tmux_ new-session -d -s t -x 160 -y 50 \
  "env HOME='$home' TERM=xterm '$annals' shell '$here/cases/people.cypher'; echo annals-exited-\$?; sleep 30"
expect '^annals>'

# Completion of a label after ':' (Person is the only label starting with "Pers").
type 'MATCH (p:Pers'
send Tab
expect '^annals> MATCH \(p:Person$'
type ') RETURN count(*) AS people;'
send Enter
expect '^\(1 row\)'
expect '^\| +4 \|'
expect '^Time: [0-9.]+ ms'

# Keyword completion keeps the case typed.
type 'ret'
send Tab
expect '^annals> return$'
send C-u
type 'RETURN 1 AS one;'
send Enter
expect '\| +1 \|'

# History: Up recalls the previous statement.
send Up
expect '^annals> RETURN 1 AS one;'
send C-u

# A multi-line statement shows the continuation prompt.
type 'MATCH (p:Person)'
send Enter
expect '^   \.\.\.>'
type 'RETURN min(p.born) AS earliest;'
send Enter
expect '\| 1804 +\|'

# An error is printed with its caret, and the shell goes on.
type 'RETURN nope;'
send Enter
expect 'nope'
expect '^ +\^'
type 'RETURN 42 AS answer;'
send Enter
expect '\| +42 \|'

# Ctrl-C cancels a long query, not the shell.
# Nested small lists: endless, without holding a huge list in memory.
type 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n;'
send Enter
sleep 2 # the query never ends; give it time to start
send C-c
expect 'statement cancelled' 20
type 'RETURN 7 * 6 AS still_here;'
send Enter
expect 'still_here'

# Ctrl-C at the prompt drops the unfinished statement.
type 'MATCH (p:Person'
send Enter
expect '^   \.\.\.>'
send C-c
expect '^annals>$'
type 'RETURN 2 AS after_interrupt;'
send Enter
expect 'after_interrupt'

# Meta-commands.
type ':schema'
send Enter
expect 'Person \(4 nodes\)'
type ':format csv'
send Enter
type ':params who="Benito Juárez"'
send Enter
expect 'format is csv'
type 'RETURN 3 AS three;'
send Enter
expect '^three$'

# EXPLAIN mode prints the plan instead of rows.
type ':explain on'
send Enter
type 'MATCH (p:Person {name: $who}) RETURN p;'
send Enter
expect 'Seek|Scan'
type ':explain off'
send Enter

# A bad snapshot: :open says why and keeps the database it had.
"$annals" query "$here/cases/people.cypher" --save "$home/people.annals" >/dev/null 2>&1 || fail "query --save failed"
head -c 20 "$home/people.annals" >"$home/truncated.annals"
type ':format table'
send Enter
type ':timing off'
send Enter
type ":open $home/truncated.annals"
send Enter
expect_lines "annals> :open $home/truncated.annals" \
  "LoadError: $home/truncated.annals: truncated snapshot: the file ends at byte 20, inside the 32-byte header"
type 'MATCH (p:Person) RETURN count(*) AS people_after_bad_open;'
send Enter
expect_lines '| people_after_bad_open |' '+-----------------------+' '|                     4 |'

# Completion of a limit name; a timeout ends a long query, and the shell goes on.
type ':limit max_r'
send Tab
expect '^annals> :limit max_result_rows$' # capture-pane drops the space after it
send C-u
type ':timeout 200'
send Enter
expect_lines 'annals> :timeout 200' 'timeout is 200 ms'
type 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n;'
send Enter
expect_lines "1:1: RuntimeError: query ran longer than the time limit of 200 ms; raise it with :timeout MS" \
  'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n;' '^'
type 'RETURN 7 * 6 AS after_timeout;'
send Enter
expect_lines '| after_timeout |' '+---------------+' '|            42 |'
type ':timeout off'
send Enter
expect_lines 'annals> :timeout off' 'timeout is off'

# A parameter JSON cannot hold is refused where it is, and the shell goes on; null and 'null' differ.
type ':params big=[1, -1e999]'
send Enter
expect 'parameter big: 1:5: SyntaxError: float out of range: -1e999'
type "RETURN 'null' AS text, null AS nothing;"
send Enter
expect_lines '| text   | nothing |' '+--------+---------+' "| 'null' | null    |"

# After "b." completion offers the keys of b's label only: "s" is start (Battle), not source or side.
type 'MATCH (b:Battle) RETURN b.s'
send Tab
expect '^annals> MATCH \(b:Battle\) RETURN b\.start$'
send C-u

# :history lists what was typed, itself last.
type ':history 2'
send Enter
expect '^ +[0-9]+  :history 2$'

# In memory, a first :quit after a change warns and stays.
type "CREATE (:Person {name: 'Nuevo'});"
send Enter
expect '1 node created'
type ':quit'
send Enter
expect_lines 'annals> :quit' 'the database has unsaved changes: :save FILE keeps them; :quit again leaves without saving'

# Ctrl-D leaves; the history file keeps what was typed.
send C-d
expect 'annals-exited-0'
grep -q 'RETURN 42 AS answer;' "$home/.annals_history" || fail "history file lacks a statement"
grep -q '^MATCH (p:Person)$' "$home/.annals_history" || fail "history file lacks a multi-line statement"
echo "shell terminal test passed"
