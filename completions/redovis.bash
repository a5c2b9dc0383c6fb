# bash completion for redovis(1): subcommands, options, and the values of
# --format, --ocr, --csv-style, --labels, --edition and --key (asked of `redovis fields`); files and directories elsewhere.
# Installed as share/bash-completion/completions/redovis.

_redovis() {
  local cur prev cmd i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      extract | check | fields | explain | patterns) cmd=${COMP_WORDS[i]}; break ;;
      --patterns) ((i++)) ;;
    esac
  done

  case $prev in
    -f | --format)
      case $cmd in
        extract) COMPREPLY=($(compgen -W "jsonl json csv csv-long sqlite xlsx" -- "$cur")) ;;
        check) COMPREPLY=($(compgen -W "text json jsonl" -- "$cur")) ;;
        fields) COMPREPLY=($(compgen -W "tsv json" -- "$cur")) ;;
        explain | patterns) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return ;;
    --ocr)
      COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
      return ;;
    --csv-style)
      COMPREPLY=($(compgen -W "rfc4180 excel" -- "$cur"))
      return ;;
    --labels)
      COMPREPLY=($(compgen -W "keys sv" -- "$cur"))
      return ;;
    --edition)  # the editions the installed patterns know
      COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" fields 2>/dev/null | cut -f3 | tr ',' '\n' | sort -u | grep -v '^editions$')" -- "$cur"))
      return ;;
    -k | --key)  # the keys the installed patterns know
      COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" fields 2>/dev/null | tail -n +2 | cut -f1)" -- "$cur"))
      return ;;
    --patterns | --samples)
      COMPREPLY=($(compgen -d -- "$cur"))
      return ;;
    -o | --output | --html | --files-from)
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    -j | --jobs | --timeout | --max-memory | --shard | --include | --exclude)
      return ;;
  esac

  local batch="--format -f --output -o --jobs -j --timeout --max-memory --in-process --ocr
    --files-from --include --exclude --shard --quiet -q --help -h"
  case $cmd in
    "")
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--patterns --version --help -h" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "extract check fields explain patterns" -- "$cur"))
      fi ;;
    extract)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$batch --rebuild --csv-style --labels" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    check)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$batch --html" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    fields)
      COMPREPLY=($(compgen -W "--edition --format -f --help -h" -- "$cur")) ;;
    explain)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "--key -k --format -f --help -h" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    patterns)
      if [[ ${COMP_WORDS[*]} != *" lint "* ]]; then COMPREPLY=($(compgen -W "lint" -- "$cur"))
      elif [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "--samples --format -f --help -h" -- "$cur"))
      else COMPREPLY=($(compgen -d -- "$cur")); fi ;;
  esac
}
complete -o filenames -F _redovis redovis
