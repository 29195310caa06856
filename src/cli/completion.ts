// `news-entities completion bash|zsh`: a shell completion script generated from the commander
// program itself, so a new option or choice completes without anyone editing a script. zsh
// runs the same function through its bash compatibility layer (bashcompinit).
import type { Command, Option } from 'commander';

const quote = (words: string[]) => words.join(' ').replace(/[^\w .,:/=-]/g, '');

function flagsOf(cmd: Command): string[] {
  const flags = (cmd.options as readonly Option[]).flatMap((o) => [o.short, o.long].filter((f): f is string => !!f));
  return [...flags, '-h', '--help'];
}

/** `case` arms completing the values of options that take a fixed set or a list of types. */
function valueArms(cmd: Command, indent: string): string[] {
  const arms: string[] = [];
  for (const o of cmd.options as readonly Option[]) {
    const names = [o.short, o.long].filter(Boolean).join('|');
    const choices = o.argChoices ?? (o.long === '--types' ? ['people', 'ranks', 'organizations', 'dates', 'money'] : undefined);
    if (choices) arms.push(`${indent}${names}) COMPREPLY=($(compgen -W "${quote(choices)}" -- "$cur")); return ;;`);
    else if (o.required || o.optional) arms.push(`${indent}${names}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`);
  }
  return arms;
}

export function completionScript(program: Command, shell: 'bash' | 'zsh'): string {
  const name = program.name();
  const fn = `_${name.replace(/\W/g, '_')}_complete`;
  // commander's help command is implicit (not among program.commands): it completes command names.
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  // A command whose argument is one of a few words (completion bash|zsh) completes those words
  // instead of file names.
  const arm = (c: Command) =>
    `    ${c.name()})\n      case "$prev" in\n${valueArms(c, '        ').join('\n')}\n      esac\n      opts="${quote(flagsOf(c))}"; words="${quote(c.registeredArguments[0]?.argChoices ?? [])}" ;;`;
  const perCommand = [...program.commands.map(arm), `    help)\n      opts="-h --help"; words="${quote(commands)}" ;;`];
  const body = `${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" opts words="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in ${commands.join('|')}) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  case "$cmd" in
${perCommand.join('\n')}
    *)
      case "$prev" in
${valueArms(program, '        ').join('\n')}
      esac
      opts="${quote(flagsOf(program))}" ;;
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); return; fi
  if [[ -n "$words" ]]; then COMPREPLY=($(compgen -W "$words" -- "$cur")); return; fi
  COMPREPLY=()
  [[ -z "$cmd" ]] && COMPREPLY=($(compgen -W "${quote(commands)}" -- "$cur"))
  COMPREPLY+=($(compgen -f -- "$cur"))
}
complete -o filenames -F ${fn} ${name}
`;
  const how =
    shell === 'bash'
      ? `# bash completion for ${name}. Install: ${name} completion bash > ~/.local/share/bash-completion/completions/${name}\n`
      : `# zsh completion for ${name}. Install: ${name} completion zsh > ~/.zfunc/${name}.zsh, then source it from ~/.zshrc\nautoload -U +X bashcompinit && bashcompinit\n`;
  return `${how}${body}`;
}
