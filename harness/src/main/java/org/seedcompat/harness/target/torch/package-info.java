/**
 * PyTorch's CPU generator on the engine: {@code TorchTarget.TABLE} (the torch functions, reading
 * their arguments as PyTorch's parser does through {@code TorchTarget.Args}), the chain's start
 * tensors ({@code TorchTarget.FACTORIES}) and the in-place tensor methods
 * ({@code TensorFill.TABLE}); {@code TorchShape} and {@code TorchInts} carry PyTorch's size and
 * integer errors. A new function or tensor method is a row in the matching table and the name in
 * {@code python-reference/seedcompat_ref/targets/torch_cpu.py}.
 */
package org.seedcompat.harness.target.torch;
