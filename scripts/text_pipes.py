#!/usr/bin/env python3
"""A sample's tabbed text (samples/<stem>.txt) through an everyday text tool,
as archives hold it (issue 14, round 55):

  text-lstrip       `sed 's/^[[:blank:]]*//'`: each line's leading tabs and
                    spaces stripped (an editor's or a script's trim), so a
                    table's header line ("\\tKvinnor\\tMän") loses the cell
                    over the row labels
  text-squeezed     `tr -s '\\t'`: each run of tabs one tab (a spreadsheet's
                    "treat consecutive delimiters as one"), an empty cell
                    before another gone
  text-lstrip-squeezed  both (each line trimmed and its runs of tabs one
                    tab): no line opens with a tab
  text-lstrip-pipes text-lstrip with each tabbed line written as a bare pipe
                    table's row (`| a | b |`, as an org-mode or wiki dump of
                    it): a header's row one cell short of its rows'
  text-expand       `expand` (the tabs made spaces to stops every 8 bytes, as
                    a terminal shows them and a copy of it keeps): a tab
                    after a cell that ends a column before a stop is one
                    space, its cells run together
  text-semicolons   `tr '\\t' ';'`: a script's "CSV" that quotes nothing (a
                    quote in a field is the field's; a ';' of the prose
                    parts its field)

make_renderings.py's table calls them through its text_piped (the sample's
.txt through a command; skipped where the sample has none). Python 3
standard library, GNU sed, tr, expand and sh.
"""

PIPES = {
    # name: (tool, command)
    "text-lstrip": ("sed", ["sed", "s/^[[:blank:]]*//"]),
    "text-squeezed": ("tr", ["tr", "-s", "\t"]),
    "text-lstrip-squeezed": ("sed", ["sh", "-c", "sed 's/^[[:blank:]]*//' | tr -s '\\t'"]),
    "text-lstrip-pipes": ("sed", ["sed", "-E",
                                  "s/^[[:blank:]]*//; /\t/{s/\t/ | /g; s/^/| /; s/$/ |/}"]),
    "text-expand": ("expand", ["expand"]),
    "text-semicolons": ("tr", ["tr", "\t", ";"]),
}


def text_pipe_renderings(text_piped):
    """name -> (ext, tool, make) for every pipe in PIPES, `text_piped(*cmd)`
    making each (make_renderings.py's)."""
    return {name: ("txt", tool, text_piped(*cmd)) for name, (tool, cmd) in PIPES.items()}
