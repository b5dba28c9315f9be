#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Figure 1 of the users' material ("Activation Functions", /work/shared/SEEDS.md) the way their notes
draw it with matplotlib: five activations over 100 points in [-10, 10], 10 x 6 in at 100 dpi
(1000 x 600 px), Agg backend. Usage: figure1_matplotlib.py OUT.png|OUT.svg"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else "fig.png"
x = np.linspace(-10, 10, 100)
sigmoid = 1 / (1 + np.exp(-x))
tanh = np.tanh(x)
relu = np.maximum(0, x)
leaky_relu = np.where(x > 0, x, 0.01 * x)
elu = np.where(x > 0, x, 1.0 * (np.exp(x) - 1))

plt.figure(figsize=(10, 6))
plt.plot(x, sigmoid, label="Sigmoid")
plt.plot(x, tanh, label="Tanh")
plt.plot(x, relu, label="ReLU")
plt.plot(x, leaky_relu, label="Leaky ReLU")
plt.plot(x, elu, label="ELU")
plt.title("Activation Functions")
plt.xlabel("x")
plt.ylabel("Activation")
plt.legend()
plt.grid(True)
plt.savefig(out, dpi=100)
