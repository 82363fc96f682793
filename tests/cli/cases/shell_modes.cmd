shell
