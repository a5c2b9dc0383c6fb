# bash completion for redovis(1): subcommands, options, and the values of
# --format, --ocr, --csv-style, --labels and --edition (asked of `redovis fields`); files and directories elsewhere.
# Installed as share/bash-completion/completions/redovis.

_redovis() {
  local cur prev cmd i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      extract | check | fields) cmd=${COMP_WORDS[i]}; break ;;
      --patterns) ((i++)) ;;
    esac
  done

  case $prev in
    -f | --format)
      case $cmd in
        extract) COMPREPLY=($(compgen -W "jsonl json csv csv-long sqlite xlsx" -- "$cur")) ;;
        check) COMPREPLY=($(compgen -W "text json jsonl" -- "$cur")) ;;
        fields) COMPREPLY=($(compgen -W "tsv json" -- "$cur")) ;;
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
    --patterns)
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
        COMPREPLY=($(compgen -W "extract check fields" -- "$cur"))
      fi ;;
    extract)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$batch --rebuild --csv-style --labels" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    check)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$batch --html" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    fields)
      COMPREPLY=($(compgen -W "--edition --format -f --help -h" -- "$cur")) ;;
  esac
}
complete -o filenames -F _redovis redovis
