package io.github.springconfluence.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls the canonical constructors of the wire records through core reflection instead of
 * Jackson's {@code MethodHandle.invokeWithArguments}.
 * <p>
 * Jackson 3.1 ({@code AnnotatedConstructor.call(Object[])}) builds a spreading method
 * handle on every call: {@code asSpreader} and the {@code MethodType}s behind it were the
 * largest allocation of a streamed list (every space is four records: the space, its
 * description, the plain representation and {@code _links}), and the extra garbage cost
 * streaming throughput under a small heap. {@link Constructor#newInstance} spreads
 * nothing per call. Everything else (which constructor, which arguments, the error when
 * it throws) stays Jackson's.
 */
final class ConstructorCreators implements ValueInstantiators {

	private ConstructorCreators() {
	}

	/**
	 * Returns the module that installs these instantiators.
	 * @return the module
	 */
	static JacksonModule module() {
		return new SimpleModule("confluence-constructor-creators") {

			@Override
			public void setupModule(SetupContext context) {
				super.setupModule(context);
				context.addValueInstantiators(new ConstructorCreators());
			}

		};
	}

	@Override
	public @Nullable ValueInstantiator findValueInstantiator(DeserializationConfig config,
			BeanDescription.Supplier beanDescRef) {
		return null;
	}

	@Override
	public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDescRef,
			ValueInstantiator defaultInstantiator) {
		if (defaultInstantiator.getClass() == StdValueInstantiator.class
				&& defaultInstantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator
				&& creator.getAnnotated().trySetAccessible()) {
			return new ReflectiveInstantiator((StdValueInstantiator) defaultInstantiator, creator.getAnnotated());
		}
		return defaultInstantiator;
	}

	/**
	 * Jackson's instantiator, with the creator called by {@link Constructor#newInstance}.
	 */
	private static final class ReflectiveInstantiator extends StdValueInstantiator {

		private final Constructor<?> constructor;

		ReflectiveInstantiator(StdValueInstantiator source, Constructor<?> constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws JacksonException {
			try {
				return this.constructor.newInstance(args);
			}
			catch (InvocationTargetException ex) {
				return ctxt.handleInstantiationProblem(this._valueClass, args, rewrapCtorProblem(ctxt, ex.getCause()));
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				return ctxt.handleInstantiationProblem(this._valueClass, args, rewrapCtorProblem(ctxt, ex));
			}
		}

	}

}
