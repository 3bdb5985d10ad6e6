"""The command-line shell: Typer commands, inputs, output, reports and exit codes."""
