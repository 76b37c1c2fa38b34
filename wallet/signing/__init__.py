"""Producing proofs: the wallet signs presentations with the learner's keys (and tests issue with it).

``dataintegrity`` creates Data Integrity proofs in every suite ``wallet.verify.dataintegrity`` checks.
"""
