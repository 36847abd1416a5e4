"""The style sheet of the printed report and the pages made beside it."""

CSS = """
body { font-family: 'Noto Sans JP', 'Yu Gothic', 'Meiryo', sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; border-bottom: 1px solid #000; }
h3 { font-size: 11pt; margin-top: 10px; }
th { background-color: #d9d9d9; font-weight: bold; border-bottom: 1px solid #000; }
table.grid { border-collapse: collapse; }
td, th { padding: 3px 5px; }
.small { font-size: 8.5pt; }
.note { font-size: 8.5pt; color: #333; }
"""
