# bash completion for berth
_berth()
{
    local cur prev words cword
    _init_completion || return
    local commands="generate spec doctor config"
    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version --self-test --screenshot --open --color-scheme --screenshot-wizard --screenshot-prefix" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            compopt -o filenames
            COMPREPLY+=($(compgen -d -- "$cur"))
        fi
        return
    fi
    case ${words[1]} in
    generate)
        case $prev in
        --spec) _filedir '@(yaml|yml)'; return ;;
        --out) _filedir -d; return ;;
        esac
        COMPREPLY=($(compgen -W "--spec --out --dry-run --force --help" -- "$cur"))
        ;;
    spec)
        if [[ $prev == --check ]]; then
            _filedir '@(yaml|yml)'
        elif ((cword == 2)); then
            COMPREPLY=($(compgen -W "--defaults --check set --help" -- "$cur"))
        elif [[ ${words[2]} == set ]]; then
            if ((cword == 3)); then _filedir -d; else COMPREPLY=($(compgen -W "--dry-run --force" -- "$cur")); fi
        fi
        ;;
    doctor)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--diff --fix --help" -- "$cur"))
        else
            _filedir -d
        fi
        ;;
    config)
        if ((cword == 2)); then
            COMPREPLY=($(compgen -W "get set add unset rename-service --help" -- "$cur"))
        elif ((cword == 3)); then
            _filedir '@(yaml|yml)'
        elif [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--dry-run --through-anchor" -- "$cur"))
        fi
        ;;
    *)
        [[ $prev == --open ]] && _filedir
        [[ $prev == --color-scheme ]] && COMPREPLY=($(compgen -W "system light dark" -- "$cur"))
        ;;
    esac
} &&
    complete -F _berth berth
